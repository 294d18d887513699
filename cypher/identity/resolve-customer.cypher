// A customer id as asked for, followed through merges to the active survivor.
UNWIND $ids AS requested
MATCH (c:Customer {id: requested})
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
RETURN requested, coalesce(s.id, c.id) AS id
