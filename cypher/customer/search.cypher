// Full-text search over source records (index customer_search_v2), answered as the active customers the
// matching records belong to: one hit per customer, those with a record whose full name (or first and last
// name) is exactly the text searched first, then by best score, then by id. $query is a Lucene query built
// from escaped user terms and $name the text folded (lower case, single spaces); both travel as parameters.
// The index is refreshed after commits (see migration V0006): first wait for what is pending.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('customer_search_v2', $query) YIELD node, score
MATCH (node)-[:BELONGS_TO]->(c:Customer {status: 'ACTIVE'})
WITH c, score,
     $name IN [toLower(trim(coalesce(node.fullName, ''))),
               toLower(trim(coalesce(node.firstName, '') + ' ' + coalesce(node.lastName, '')))] AS exact
WITH c, max(score) AS score, max(CASE WHEN exact THEN 1 ELSE 0 END) AS exact
ORDER BY exact DESC, score DESC, c.id
WITH collect(c {.id, .kind, .createdAt, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS page
