// The customer a source record belongs to now (followed through merges, should an edge lag behind).
MATCH (:SourceRecord {source: $source, sourceId: $sourceId})-[:BELONGS_TO]->(c:Customer)
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
WITH coalesce(s, c) AS x
RETURN DISTINCT x.id AS id, x.kind AS kind, x.createdAt AS createdAt
