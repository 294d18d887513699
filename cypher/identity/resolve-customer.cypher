// A customer id as asked for, followed through merges to the active survivor. The chain is walked from the
// customer in hand (see identity/holders: no plan may start from the Customer(status) index).
UNWIND $ids AS requested
MATCH (c:Customer {id: requested})
CALL (c) {
  OPTIONAL MATCH p = (c)-[:MERGED_INTO*1..]->()
  WITH last(nodes(p)) AS s
  RETURN [x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE'] AS survivors
}
UNWIND CASE WHEN survivors = [] THEN [null] ELSE survivors END AS s
RETURN requested, coalesce(s.id, c.id) AS id
