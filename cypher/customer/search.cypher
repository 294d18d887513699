// Full-text search over source records (index customer_search_v2), answered as the active customers the
// matching records belong to: one hit per customer with its best score, best first, then by id.
// $query is a Lucene query built from escaped user terms; it only ever travels as a parameter.
// The index is refreshed after commits (see migration V0006): first wait for what is pending.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('customer_search_v2', $query) YIELD node, score
MATCH (node)-[:BELONGS_TO]->(c:Customer {status: 'ACTIVE'})
WITH c, max(score) AS score
ORDER BY score DESC, c.id
WITH collect(c {.id, .kind, .createdAt, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS page
