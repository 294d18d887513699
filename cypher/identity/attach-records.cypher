// Puts source records on customers, creating each customer the first time it is named. Idempotent.
// SET locks each customer before its status is read back: a customer that a concurrent resolution merged
// away after this transaction read it comes back in `stale`, and the caller retries the whole write.
UNWIND $rows AS row
MATCH (r:SourceRecord {id: row.recordId})
MERGE (c:Customer {id: row.customerId})
  ON CREATE SET c.createdAt = row.createdAt, c.kind = 'KNOWN', c.status = 'ACTIVE', c.changeSeq = 0
SET c.updatedAt = $now
WITH r, c, row
// a customer created here: the change feed's CREATED event, once (changeSeq 0 only until then)
CALL (c) {
  WITH c
  WHERE c.changeSeq = 0
  SET c.changeSeq = 1
  CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: 1, type: 'CREATED',
                                      at: datetime.transaction(), kind: c.kind})
}
CALL (r, c) {
  OPTIONAL MATCH (r)-[old:BELONGS_TO]->(previous:Customer)
  WHERE previous <> c
  DELETE old
}
MERGE (r)-[b:BELONGS_TO]->(c)
  ON CREATE SET b.at = $now, b.reason = row.reason
RETURN collect(DISTINCT CASE WHEN c.status <> 'ACTIVE' THEN c.id END) AS stale
