// What purpose discovery reads for a batch of customers: their interactions since $since (oldest first)
// and the accounts they hold open, one entry per account as its most recent record asserts it.
UNWIND $ids AS customerId
MATCH (c:Customer {id: customerId})
CALL (c) {
  OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
  WHERE i.at >= $since
  WITH i
  ORDER BY i.at, i.eventId
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS interactions
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)-[h:HOLDS]->(a:Account)
  WITH a, h
  ORDER BY r.receivedAt DESC
  WITH a, collect(h)[0] AS h
  WHERE a IS NOT NULL AND coalesce(h.closedAt, a.closedAt) IS NULL
  OPTIONAL MATCH (a)-[:OF_PRODUCT]->(p:Product)
  WITH a, h, collect(p.code)[0] AS code
  RETURN collect({number: a.number, productCode: coalesce(h.productCode, a.productCode, code),
                  openedAt: coalesce(h.openedAt, a.openedAt)}) AS holdings
}
RETURN customerId, interactions, holdings
