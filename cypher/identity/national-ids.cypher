// The national-id hashes each customer's records hold: two different ones mean two different people.
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
OPTIONAL MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(n:Identifier {type: 'NATIONAL_ID'})
RETURN customerId, collect(DISTINCT n.value) AS nationalIds
