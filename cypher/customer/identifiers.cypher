// The identifiers of a batch of customers, from their source records and from the events seen for
// them, each with how many active customers hold it (through records or events).
UNWIND $ids AS customerId
MATCH (c:Customer {id: customerId})
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(n:Identifier)
  RETURN n
  UNION
  MATCH (c)<-[:SEEN_FOR]-(n:Identifier)
  RETURN n
}
CALL (n) {
  CALL (n) {
    MATCH (n)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(h:Customer {status: 'ACTIVE'})
    RETURN h
    UNION
    MATCH (n)-[:SEEN_FOR]->(h:Customer {status: 'ACTIVE'})
    RETURN h
  }
  RETURN count(h) AS holders
}
RETURN customerId, n.type AS type, n.value AS value, holders
ORDER BY customerId, type, value
