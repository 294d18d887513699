// Anonymous profiles for cookies or devices not yet tied to a known identifier. Idempotent.
UNWIND $rows AS row
MERGE (c:Customer {id: row.customerId})
  ON CREATE SET c.createdAt = row.createdAt, c.updatedAt = row.createdAt, c.kind = 'ANONYMOUS', c.status = 'ACTIVE',
                c.changeSeq = 0
// a customer created here: the change feed's CREATED event, once (changeSeq 0 only until then)
WITH c
CALL (c) {
  WITH c
  WHERE c.changeSeq = 0
  SET c.changeSeq = 1
  CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: 1, type: 'CREATED',
                                      at: datetime.transaction(), kind: c.kind})
}
