// The newest $first messages of each customer, counting those of customers merged into it.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)<-[:MERGED_INTO*0..]-(x:Customer)
  WITH collect(x.id) AS ids
  MATCH (m:OutboxMessage)
  WHERE m.customerId IN ids
  WITH m ORDER BY m.createdAt DESC, m.key DESC LIMIT $first
  RETURN collect(m {.*}) AS messages
}
RETURN id AS customerId, messages
