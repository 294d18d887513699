// Puts source records on customers, creating each customer the first time it is named. Idempotent.
UNWIND $rows AS row
MATCH (r:SourceRecord {id: row.recordId})
MERGE (c:Customer {id: row.customerId})
  ON CREATE SET c.createdAt = row.createdAt, c.kind = 'KNOWN', c.status = 'ACTIVE'
SET c.updatedAt = $now
WITH r, c, row
CALL (r, c) {
  OPTIONAL MATCH (r)-[old:BELONGS_TO]->(previous:Customer)
  WHERE previous <> c
  DELETE old
}
MERGE (r)-[b:BELONGS_TO]->(c)
  ON CREATE SET b.at = $now, b.reason = row.reason
