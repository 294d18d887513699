// Reverses a split: everything the split-off customer holds goes back to the original customer, the
// split's ban goes, and the split-off customer is deleted with its derived state (purposes, drop-offs,
// segment events; the original's are recomputed after the commit), or, if a later merge refers to it,
// marked MERGED into the original.
MATCH (orig:Customer {id: $customerId})
MATCH (n:Customer {id: $newId})
CALL (orig, n) {
  MATCH (r:SourceRecord)-[b:BELONGS_TO]->(n)
  DELETE b
  CREATE (r)-[:BELONGS_TO {at: $now, reason: $reason}]->(orig)
}
CALL (orig, n) {
  MATCH (i:Interaction)-[o:OF_CUSTOMER]->(n)
  DELETE o
  CREATE (i)-[:OF_CUSTOMER]->(orig)
}
CALL (orig, n) {
  MATCH (x:Identifier)-[e:SEEN_FOR]->(n)
  MERGE (x)-[ne:SEEN_FOR]->(orig)
    ON CREATE SET ne = properties(e)
  DELETE e
}
SET orig.updatedAt = $now, orig.changeSeq = coalesce(orig.changeSeq, 0) + 1
// The change feed (io.skein.changefeed): the split-off customer is MERGED back into the original.
CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: orig.id, seq: orig.changeSeq, type: 'MERGED',
                                    at: datetime.transaction(), absorbedIds: [$newId], undoneSplit: true})
WITH orig, n, EXISTS { (n)<-[:MERGED_INTO|SURVIVOR|ABSORBED]-() } AS referenced
CALL (orig, n, referenced) {
  WITH orig, n WHERE referenced
  SET n.status = 'MERGED', n.mergedAt = $now
  MERGE (n)-[:MERGED_INTO]->(orig)
}
CALL (n, referenced) {
  WITH n WHERE NOT referenced
  CALL (n) {
    MATCH (derived)-[:OF_CUSTOMER|FOR_CUSTOMER]->(n)
    WHERE derived:Purpose OR derived:DropOff OR derived:SegmentEvent
    DETACH DELETE derived
  }
  DETACH DELETE n
}
RETURN $customerId AS customerId
