// What scoring needs about one customer (an absorbed id resolves to its survivor): the accounts held
// open, the segments they are in, the values their records give the persona attributes named in
// $attributes, their recorded birth dates, and the recent interactions of the given types (context and
// moments), newest first.
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
  OPTIONAL MATCH (c)-[:IN_SEGMENT]->(s:Segment)
  RETURN collect(DISTINCT s.id) AS segments
}
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)
  WITH collect(r) AS records
  RETURN [r IN records WHERE r.dateOfBirth IS NOT NULL | r.dateOfBirth] AS datesOfBirth,
         reduce(found = [], r IN records | found + [name IN $attributes WHERE r['attr.' + name] IS NOT NULL
                                                   | {name: name, value: toString(r['attr.' + name])}]) AS attributes
}
CALL (c) {
  OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
  WHERE i.at >= $since AND i.type IN $types
  WITH i
  ORDER BY i.at DESC, i.eventId DESC
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS recent
}
RETURN c.id AS customerId, holdings, segments, attributes, datesOfBirth, recent
