UNWIND $pairs AS pair
MATCH (r:SourceRecord {source: pair.source, sourceId: pair.sourceId})-[:BELONGS_TO]->(c:Customer)
RETURN pair.source AS source, pair.sourceId AS sourceId, c.id AS id
