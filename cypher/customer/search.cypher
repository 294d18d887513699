// Full-text search over source records (index customer_search_v2), answered as the active customers the
// matching records belong to: one hit per customer, ranked by how exactly a record names the text
//   2: a record's full name (or first and last name) is exactly the text searched,
//   1: the text is a record's surname (its last name, or the last word of its full name) or given name,
//   0: anything else the index matched (a middle name, a longer name, an e-mail or phone),
// then by how many of the customer's records match at that rank (the customer more sources agree on),
// then by best score, then by id. $query is a Lucene query built from escaped user terms and $name the text
// folded (lower case, single spaces); both travel as parameters.
// The index is refreshed after commits (see migration V0006): first wait for what is pending.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('customer_search_v2', $query) YIELD node, score
MATCH (node)-[:BELONGS_TO]->(c:Customer {status: 'ACTIVE'})
WITH c, score, node,
     toLower(trim(coalesce(node.fullName, ''))) AS fullName,
     toLower(trim(coalesce(node.firstName, ''))) AS firstName,
     toLower(trim(coalesce(node.lastName, ''))) AS lastName
WITH c, score,
     CASE
       WHEN $name IN [fullName, trim(firstName + ' ' + lastName)] THEN 2
       WHEN $name IN [lastName, firstName, last(split(fullName, ' ')), head(split(fullName, ' '))] THEN 1
       ELSE 0
     END AS rank
WITH c, max(score) AS score, collect(rank) AS ranks
WITH c, score, reduce(best = 0, r IN ranks | CASE WHEN r > best THEN r ELSE best END) AS rank, ranks
WITH c, score, rank, size([r IN ranks WHERE r = rank]) AS support
ORDER BY rank DESC, support DESC, score DESC, c.id
WITH collect(c {.id, .kind, .createdAt, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS page
