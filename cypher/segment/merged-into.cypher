// Customers merged (directly or through a chain) into this one that still hold memberships: they must exit.
MATCH (m:Customer {status: 'MERGED'})-[:MERGED_INTO*1..10]->(:Customer {id: $customerId})
WHERE EXISTS { (m)-[:IN_SEGMENT]->() }
RETURN DISTINCT m.id AS id
