// Active customers after an import, anonymous profiles included and also counted on their own.
MATCH (c:Customer {status: 'ACTIVE'})
RETURN count(c) AS active, count(CASE WHEN c.kind = 'ANONYMOUS' THEN 1 END) AS anonymous
