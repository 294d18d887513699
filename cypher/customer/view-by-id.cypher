// The customer view of customers asked for by id, in one query with finding them: each id is followed
// through merges to its active survivor (as customer/by-ids; an unknown id returns no row), then the blocks
// of the parts a request selects go in place of the PARTS placeholder, their columns in place of COLUMNS
// (as customer/view). A customer-360 is one round trip. Built once per set of parts; all constants.
UNWIND $ids AS requested
MATCH (asked:Customer {id: requested})
OPTIONAL MATCH (asked)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
WITH DISTINCT requested, coalesce(s, asked) AS c
__PARTS__
RETURN requested, c.id AS id, c.kind AS kind, c.createdAt AS createdAt, __COLUMNS__
