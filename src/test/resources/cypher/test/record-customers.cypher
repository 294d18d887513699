MATCH (r:SourceRecord)-[:BELONGS_TO]->(c:Customer)
RETURN r.id AS recordId, c.id AS customerId
ORDER BY recordId
