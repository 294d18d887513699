// Puts a source record on a customer, creating the customer when it is new. Idempotent.
MATCH (r:SourceRecord {id: $recordId})
MERGE (c:Customer {id: $customerId})
  ON CREATE SET c.createdAt = $now, c.kind = 'KNOWN', c.status = 'ACTIVE'
SET c.updatedAt = $now
WITH r, c
CALL (r, c) {
  OPTIONAL MATCH (r)-[old:BELONGS_TO]->(previous:Customer)
  WHERE previous <> c
  DELETE old
}
MERGE (r)-[b:BELONGS_TO]->(c)
  ON CREATE SET b.at = $now, b.reason = $reason
RETURN c.id AS customerId
