// A cannot-link: records on the left never share a customer with records on the right, in resolution
// and in deterministic stitching. kind BAN (banConnection) or SPLIT (split).
CREATE (b:Ban {id: $banId, kind: $kind, actionId: $actionId, reason: $reason, at: $now})
WITH b
CALL (b) {
  UNWIND $left AS recordId
  MATCH (r:SourceRecord {id: recordId})
  CREATE (b)-[:LEFT]->(r)
}
CALL (b) {
  UNWIND $right AS recordId
  MATCH (r:SourceRecord {id: recordId})
  CREATE (b)-[:RIGHT]->(r)
}
RETURN b.id AS banId
