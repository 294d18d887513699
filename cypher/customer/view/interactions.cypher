// Part of the customer view: the first page of the customer's interactions with no filter, newest first
// by (at, eventId); $interactionsLimit is the page size plus one (the extra row says another page follows).
// Filtered and later pages are read by customer/interactions.
CALL (c) {
  MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
  WITH i ORDER BY i.at DESC, i.eventId DESC
  LIMIT $interactionsLimit
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS interactions
}
