// Moves source records from one customer to another (created when new), with what they brought:
// * the records' BELONGS_TO;
// * interactions that name a moved record (claimedRecordId), or that are identified by an identifier a
//   moved record holds and by none a staying record holds, and do not name a staying record;
// * identifiers seen on events (devices, cookies, ...) not held by a staying record, that a moved record
//   holds or that identified a moved interaction, and identify no staying interaction tied to a record;
// * the remaining interactions tied to no record, when all their identifiers now are seen for the target.
// Accounts follow by themselves: they hang off the records (HOLDS). Returns what moved, for undo, and the
// target's status (the caller refuses a target that is not ACTIVE).
MATCH (from:Customer {id: $fromId})
MERGE (to:Customer {id: $toId})
  ON CREATE SET to.createdAt = $now, to.kind = 'KNOWN', to.status = 'ACTIVE', to.splitFrom = $fromId, to.changeSeq = 0
SET to.updatedAt = $now, from.updatedAt = $now
WITH from, to
CALL (from, to) {
  MATCH (r:SourceRecord)-[b:BELONGS_TO]->(from)
  WHERE r.id IN $recordIds
  DELETE b
  CREATE (r)-[:BELONGS_TO {at: $now, reason: $reason}]->(to)
  RETURN collect(r.id) AS records
}
CALL (from, to) {
  MATCH (i:Interaction)-[o:OF_CUSTOMER]->(from)
  WITH i, o,
       i.claimedRecordId IS NOT NULL AND i.claimedRecordId IN $recordIds AS namesMoved,
       i.claimedRecordId IS NOT NULL AND NOT i.claimedRecordId IN $recordIds AS namesOther,
       EXISTS { (i)-[:IDENTIFIED_BY]->(:Identifier)<-[:HAS_IDENTIFIER]-(m:SourceRecord) WHERE m.id IN $recordIds } AS heldByMoved,
       EXISTS { (i)-[:IDENTIFIED_BY]->(:Identifier)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(from) } AS heldByStaying
  WHERE namesMoved OR (heldByMoved AND NOT heldByStaying AND NOT namesOther)
  DELETE o
  CREATE (i)-[:OF_CUSTOMER]->(to)
  RETURN collect(i) AS movedInteractions
}
CALL (from, to, movedInteractions) {
  MATCH (n:Identifier)-[s:SEEN_FOR]->(from)
  WHERE NOT EXISTS { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(from) }
    AND (EXISTS { (n)<-[:HAS_IDENTIFIER]-(m:SourceRecord) WHERE m.id IN $recordIds }
         OR any(i IN movedInteractions WHERE EXISTS { (i)-[:IDENTIFIED_BY]->(n) }))
    AND NOT EXISTS {
      MATCH (n)<-[:IDENTIFIED_BY]-(j:Interaction)-[:OF_CUSTOMER]->(from)
      WHERE j.claimedRecordId IS NOT NULL
         OR EXISTS { (j)-[:IDENTIFIED_BY]->(:Identifier)<-[:HAS_IDENTIFIER]-(:SourceRecord) }
    }
  MERGE (n)-[ns:SEEN_FOR]->(to)
    ON CREATE SET ns = properties(s)
  DELETE s
  RETURN collect(n.key) AS identifiers
}
CALL (from, to) {
  MATCH (j:Interaction)-[o:OF_CUSTOMER]->(from)
  WHERE j.claimedRecordId IS NULL
    AND NOT EXISTS { (j)-[:IDENTIFIED_BY]->(:Identifier)<-[:HAS_IDENTIFIER]-(:SourceRecord) }
    AND EXISTS { (j)-[:IDENTIFIED_BY]->(:Identifier)-[:SEEN_FOR]->(to) }
    AND NOT EXISTS { (j)-[:IDENTIFIED_BY]->(:Identifier)-[:SEEN_FOR]->(from) }
  DELETE o
  CREATE (j)-[:OF_CUSTOMER]->(to)
  RETURN collect(j.eventId) AS followers
}
// The change feed (io.skein.changefeed): SPLIT on the customer records left, CREATED on one made here.
CALL (from, to, records) {
  WITH from, to
  WHERE size(records) > 0
  SET from.changeSeq = coalesce(from.changeSeq, 0) + 1
  CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: from.id, seq: from.changeSeq, type: 'SPLIT',
                                      at: datetime.transaction(), splitInto: to.id, movedRecordCount: size(records)})
}
CALL (from, to) {
  WITH from, to
  WHERE to.changeSeq = 0
  SET to.changeSeq = 1
  CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: to.id, seq: 1, type: 'CREATED',
                                      at: datetime.transaction(), kind: to.kind, splitFrom: from.id})
}
RETURN records, [i IN movedInteractions | i.eventId] + followers AS interactions, identifiers, to.status AS toStatus
