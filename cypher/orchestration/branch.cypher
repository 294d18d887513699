// Evaluates a BRANCH step's rules (__CHECKS__, parameters $rule0...) for one customer, followed through merges.
MATCH (start:Customer {id: $customerId})
OPTIONAL MATCH (start)-[:MERGED_INTO*1..10]->(survivor:Customer {status: 'ACTIVE'})
WITH coalesce(survivor, start) AS c
RETURN [__CHECKS__] AS checks
