// For every active customer holding anything open, the distinct product codes they hold: the graph of
// shared holdings that co-holding lift is counted over.
MATCH (c:Customer {status: 'ACTIVE'})<-[:BELONGS_TO]-(:SourceRecord)-[h:HOLDS]->(a:Account)-[:OF_PRODUCT]->(p:Product)
WHERE coalesce(h.closedAt, a.closedAt) IS NULL
RETURN c.id AS customerId, collect(DISTINCT p.code) AS codes
