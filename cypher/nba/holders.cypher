// For every active customer holding anything open: the distinct product codes they hold, the segments
// they are in, the values their records give the persona attributes named in $attributes, and the birth
// dates their records carry. The graph of shared holdings, segments and personas that co-holding rates
// are counted over.
MATCH (c:Customer {status: 'ACTIVE'})<-[:BELONGS_TO]-(:SourceRecord)-[h:HOLDS]->(a:Account)-[:OF_PRODUCT]->(p:Product)
WHERE coalesce(h.closedAt, a.closedAt) IS NULL
WITH c, collect(DISTINCT p.code) AS codes
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
RETURN c.id AS customerId, codes, segments, attributes, datesOfBirth
