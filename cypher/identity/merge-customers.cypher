// For each of $merges in turn (a merge alone is a list of one; a full resolution writes a batch of disjoint
// merges in one round trip), absorbs customers into a survivor: their records, interactions and event-side
// identifiers move; each absorbed node stays, marked MERGED, with MERGED_INTO so its id keeps resolving; a Merge node records it,
// and a MERGED ChangeEvent (with the absorbed ids) the change feed.
// Only active customers take part: the caller refuses a merge that absorbed fewer than it named.
// Each customer is locked (SET) before its records are read, so a record a concurrent ingest attaches to it
// either commits first and moves with the rest, or finds it merged and retries (attach-records).
// A merge whose survivor is not active returns no row; the caller refuses it.
UNWIND $merges AS planned
CALL (planned) {
  MATCH (s:Customer {id: planned.survivorId, status: 'ACTIVE'})
  SET s.updatedAt = $now
  WITH s, planned
  UNWIND planned.absorbedIds AS absorbedId
  MATCH (a:Customer {id: absorbedId, status: 'ACTIVE'})
  SET a.updatedAt = $now
  WITH s, a, planned
  CALL (a, s, planned) {
    MATCH (r:SourceRecord)-[b:BELONGS_TO]->(a)
    DELETE b
    MERGE (r)-[nb:BELONGS_TO]->(s)
      ON CREATE SET nb.at = $now, nb.reason = 'merge ' + planned.mergeId
  }
  CALL (a, s) {
    MATCH (i:Interaction)-[o:OF_CUSTOMER]->(a)
    DELETE o
    CREATE (i)-[:OF_CUSTOMER]->(s)
  }
  CALL (a, s) {
    MATCH (n:Identifier)-[e:SEEN_FOR]->(a)
    MERGE (n)-[ne:SEEN_FOR]->(s)
      ON CREATE SET ne = properties(e)
    DELETE e
  }
  SET a.status = 'MERGED', a.mergedAt = $now, a.updatedAt = $now
  MERGE (a)-[:MERGED_INTO]->(s)
  WITH s, planned, collect(a) AS absorbed
  CREATE (m:Merge {id: planned.mergeId, at: $now, reason: $reason, survivorId: s.id,
                   absorbedIds: [x IN absorbed | x.id], triggeredBy: planned.triggeredBy})
  CREATE (m)-[:SURVIVOR]->(s)
  SET s.updatedAt = $now
  // The change feed's MERGED event for the survivor, in this transaction (io.skein.changefeed).
  WITH m, s, absorbed
  CALL (m, s) {
    SET s.changeSeq = coalesce(s.changeSeq, 0) + 1
    CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: s.id, seq: s.changeSeq, type: 'MERGED',
                                        at: datetime.transaction(), mergeId: m.id, absorbedIds: m.absorbedIds})
  }
  WITH m, absorbed
  UNWIND absorbed AS a
  CREATE (m)-[:ABSORBED]->(a)
  RETURN m.id AS mergeId, count(DISTINCT a) AS absorbed
}
RETURN mergeId, absorbed
