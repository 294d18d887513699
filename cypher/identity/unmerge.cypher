// Reverses a merge exactly: each absorbed customer is active again and gets back the records,
// interactions and event-side identifiers it had before; the Merge node goes; identifiers the survivor
// saw only through the absorbed customers are no longer seen for it. $survivorId is the survivor's active
// customer now (itself, unless ingestion merged it away since).
MATCH (s:Customer {id: $survivorId})
OPTIONAL MATCH (m:Merge {id: $mergeId})
DETACH DELETE m
WITH s
UNWIND $parts AS part
MATCH (a:Customer {id: part.id})
OPTIONAL MATCH (a)-[mi:MERGED_INTO]->()
DELETE mi
SET a.status = 'ACTIVE', a.updatedAt = $now
REMOVE a.mergedAt
WITH s, a, part
CALL (s, a, part) {
  UNWIND part.records AS recordId
  MATCH (r:SourceRecord {id: recordId})-[b:BELONGS_TO]->(s)
  DELETE b
  CREATE (r)-[:BELONGS_TO {at: $now, reason: $reason}]->(a)
}
CALL (s, a, part) {
  UNWIND part.interactions AS eventId
  MATCH (i:Interaction {eventId: eventId})-[o:OF_CUSTOMER]->(s)
  DELETE o
  CREATE (i)-[:OF_CUSTOMER]->(a)
}
CALL (s, a, part) {
  UNWIND part.seenFor AS seen
  MATCH (n:Identifier {key: seen.key})
  MERGE (n)-[e:SEEN_FOR]->(a)
  SET e.firstSeen = datetime(seen.firstSeen), e.lastSeen = datetime(seen.lastSeen), e.assertedBy = seen.assertedBy
  WITH n
  WHERE NOT n.key IN $survivorSeen
  MATCH (n)-[gone:SEEN_FOR]->(s)
  DELETE gone
}
// The change feed (io.skein.changefeed): a SPLIT of the survivor per customer restored, naming the merge undone.
CALL (s, a, part) {
  SET s.changeSeq = coalesce(s.changeSeq, 0) + 1
  CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: s.id, seq: s.changeSeq, type: 'SPLIT',
                                      at: datetime.transaction(), splitInto: a.id,
                                      movedRecordCount: size(part.records), undoneMergeId: $mergeId})
}
SET s.updatedAt = $now
RETURN count(a) AS restored
