// How many distinct active customers the source records belong to: the customer count of the export.
MATCH (r:SourceRecord)-[:BELONGS_TO]->(c:Customer)
// the survivor by walking from c: a pattern ending in (:Customer {status: 'ACTIVE'}) let the planner scan every
// active customer and join them to the whole store's records (one bench run: 112 s for 5,120 records, 45 GB allocated)
CALL (c) {
  OPTIONAL MATCH p = (c)-[:MERGED_INTO*1..]->()
  WITH last(nodes(p)) AS s
  RETURN head([x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE']) AS s
}
RETURN count(DISTINCT coalesce(s.id, c.id)) AS customers
