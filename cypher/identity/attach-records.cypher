// Puts source records on customers, creating each customer the first time it is named. Idempotent.
// SET locks each customer before its status is read back: a customer that a concurrent resolution merged
// away after this transaction read it comes back in `stale`, and the caller retries the whole write.
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
RETURN collect(DISTINCT CASE WHEN c.status <> 'ACTIVE' THEN c.id END) AS stale
