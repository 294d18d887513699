// What scoring needs about one customer (an absorbed id resolves to its survivor): the accounts held
// open and the recent interactions of the given types (context and moments), newest first.
MATCH (given:Customer {id: $id})
OPTIONAL MATCH (given)-[:MERGED_INTO*1..]->(survivor:Customer {status: 'ACTIVE'})
WITH coalesce(survivor, given) AS c
CALL (c) {
  OPTIONAL MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[h:HOLDS]->(a:Account)-[:OF_PRODUCT]->(p:Product)
  WHERE coalesce(h.closedAt, a.closedAt) IS NULL
  WITH DISTINCT a, p
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {number: a.number, productCode: p.code} END) AS holdings
}
CALL (c) {
  OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
  WHERE i.at >= $since AND i.type IN $types
  WITH i
  ORDER BY i.at DESC, i.eventId DESC
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS recent
}
RETURN c.id AS customerId, holdings, recent
