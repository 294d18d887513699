// Anonymous profiles for cookies or devices not yet tied to a known identifier. Idempotent.
UNWIND $rows AS row
MERGE (c:Customer {id: row.customerId})
  ON CREATE SET c.createdAt = row.createdAt, c.updatedAt = row.createdAt, c.kind = 'ANONYMOUS', c.status = 'ACTIVE'
