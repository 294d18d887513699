// For every active customer: the last time, number and total amount of their transactions in the window.
MATCH (c:Customer {status: 'ACTIVE'})
OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
WHERE i.type IN $types AND i.at >= $from
WITH c, max(i.at) AS last, count(i) AS frequency,
     sum(coalesce(toFloatOrNull(i[$amountProperty]), 0.0)) AS monetary
RETURN c.id AS customerId, last, frequency, monetary
