// The journey instances of a page of customers (and of customers merged into them), newest entry first.
UNWIND $ids AS customerId
MATCH (c:Customer {id: customerId})
OPTIONAL MATCH (m:Customer)-[:MERGED_INTO*1..10]->(c)
WITH customerId, [customerId] + collect(m.id) AS ids
MATCH (i:JourneyInstance)
WHERE i.customerId IN ids
RETURN customerId, i AS instance
ORDER BY i.enteredAt DESC, i.id DESC
