// Customers with the ids of their source records.
UNWIND $ids AS wanted
MATCH (c:Customer {id: wanted})
RETURN c.id AS id, c.status AS status, [(r:SourceRecord)-[:BELONGS_TO]->(c) | r.id] AS records
