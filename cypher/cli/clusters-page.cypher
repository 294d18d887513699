// One page of the clusters export: the source records after ($afterSource, $afterSourceId) in
// (source, sourceId) order, each with the active customer it belongs to. Keyset paging over the
// source_record_key index, so the millionth row costs what the first did. Start with '' and ''.
MATCH (r:SourceRecord)
WHERE r.source >= $afterSource AND r.sourceId IS NOT NULL
  AND (r.source > $afterSource OR r.sourceId > $afterSourceId)
WITH r
ORDER BY r.source, r.sourceId
LIMIT $pageSize
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
RETURN r.source AS source, r.sourceId AS sourceId, coalesce(s.id, c.id) AS customerId
ORDER BY source, sourceId
