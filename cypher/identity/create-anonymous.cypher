// An anonymous profile for a cookie or device not yet tied to a known identifier. Idempotent.
MERGE (c:Customer {id: $customerId})
  ON CREATE SET c.createdAt = $now, c.updatedAt = $now, c.kind = 'ANONYMOUS', c.status = 'ACTIVE'
RETURN c.id AS customerId
