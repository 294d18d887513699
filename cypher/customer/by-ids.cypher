// Customers by id, each followed through merges to its active survivor; an unknown id returns no row.
UNWIND $ids AS requested
MATCH (c:Customer {id: requested})
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
WITH requested, coalesce(s, c) AS x
RETURN DISTINCT requested, x.id AS id, x.kind AS kind, x.createdAt AS createdAt
