// A customer id followed through merges to the active survivor; no row when there is no such customer.
MATCH (c:Customer {id: $customerId})
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
WITH coalesce(s, c) AS survivor
WHERE survivor.status = 'ACTIVE'
RETURN survivor.id AS id, survivor.erasedAt IS NOT NULL AS erased
