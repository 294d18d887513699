// Active customers in id order, a page at a time: what the scheduled sweep walks.
MATCH (c:Customer)
WHERE c.status = 'ACTIVE' AND c.id > $after
RETURN c.id AS id
ORDER BY c.id
LIMIT $limit
