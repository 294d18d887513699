// The national-id hashes each customer's records hold: two different ones mean two different people.
// Walked from the customer in hand (see identity/holders: a plan compiled on a small store had started from
// the Identifier(type) index and joined every national id in the store for each customer).
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
CALL (c) {
  MATCH (c)<-[b:BELONGS_TO]-()
  WITH startNode(b) AS r
  MATCH (r)-[h:HAS_IDENTIFIER]->()
  WITH r, endNode(h) AS n
  WHERE r:SourceRecord AND n:Identifier AND n.type = 'NATIONAL_ID'
  RETURN collect(DISTINCT n.value) AS nationalIds
}
RETURN customerId, nationalIds
