// The active customer each (source, sourceId) belongs to now (an absorbed customer resolves to its survivor).
UNWIND $records AS rec
MATCH (:SourceRecord {source: rec.source, sourceId: rec.sourceId})-[:BELONGS_TO]->(c:Customer)
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
RETURN rec.source AS source, rec.sourceId AS sourceId, coalesce(s, c).id AS customerId
