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
// the survivor by walking from c: a pattern ending in (:Customer {status: 'ACTIVE'}) let the planner scan every
// active customer and join them to the whole store's records (one bench run: 112 s for 5,120 records, 45 GB allocated)
CALL (c) {
  OPTIONAL MATCH p = (c)-[:MERGED_INTO*1..]->()
  WITH last(nodes(p)) AS s
  RETURN head([x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE']) AS s
}
RETURN r.source AS source, r.sourceId AS sourceId, coalesce(s.id, c.id) AS customerId
ORDER BY source, sourceId
