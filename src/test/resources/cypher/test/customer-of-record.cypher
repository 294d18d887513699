MATCH (r:SourceRecord {source: $source, sourceId: $sourceId})-[:BELONGS_TO]->(c:Customer)
RETURN c.id AS id, c.status AS status
