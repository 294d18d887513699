// The interactions of the given types of a batch of customers, oldest first: what drop-off detection reads.
UNWIND $ids AS customerId
MATCH (c:Customer {id: customerId})
CALL (c) {
  OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
  WHERE i.type IN $types
  WITH i
  ORDER BY i.at, i.eventId
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS interactions
}
RETURN customerId, interactions
