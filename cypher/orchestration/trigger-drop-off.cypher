// Drop-offs of kind $kind detected since $since: one occurrence per drop-off.
MATCH (d:DropOff {kind: $kind})-[:OF_CUSTOMER]->(c:Customer)
WHERE d.detectedAt >= $since AND c.status = 'ACTIVE' AND c.erasedAt IS NULL
RETURN c.id AS customerId, 'drop-off:' + d.id AS occurrence
