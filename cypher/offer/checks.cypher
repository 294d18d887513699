// Evaluates a list of compiled rules (the checks placeholder, parameters $rule0...) for one customer,
// following merges to the active survivor. $amount is the quoted amount.
MATCH (start:Customer {id: $customerId})
OPTIONAL MATCH (start)-[:MERGED_INTO*1..10]->(survivor:Customer {status: 'ACTIVE'})
WITH coalesce(survivor, start) AS c
RETURN c.id AS customerId, c.status AS status, [__CHECKS__] AS checks
