// Customers merged (directly or through a chain) into these ones that still hold memberships: they must exit.
UNWIND $customerIds AS customerId
MATCH (m:Customer {status: 'MERGED'})-[:MERGED_INTO*1..10]->(:Customer {id: customerId})
WHERE EXISTS { (m)-[:IN_SEGMENT]->() }
RETURN DISTINCT m.id AS id
