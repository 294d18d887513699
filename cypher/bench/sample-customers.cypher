// Known, active customers to drive the read benchmarks with: a random sample of at most $limit.
MATCH (c:Customer {status: 'ACTIVE'})
WHERE c.kind = 'KNOWN'
WITH c.id AS id
ORDER BY rand()
LIMIT $limit
RETURN id
