// One page of interactions for each key of a batch (a customer and its filters), newest first by
// (at, eventId), resuming after the cursor's (afterAt, afterEventId). key.limit is one more than the
// page so the caller knows whether another page follows. Null filters match everything.
UNWIND $keys AS key
CALL (key) {
  MATCH (i:Interaction)-[:OF_CUSTOMER]->(:Customer {id: key.customerId})
  WHERE (key.channels IS NULL OR i.channel IN key.channels)
    AND (key.categories IS NULL OR i.category IN key.categories)
    AND (key.from IS NULL OR i.at >= key.from)
    AND (key.to IS NULL OR i.at <= key.to)
    AND (key.afterAt IS NULL OR i.at < key.afterAt OR (i.at = key.afterAt AND i.eventId < key.afterEventId))
  WITH i
  ORDER BY i.at DESC, i.eventId DESC
  LIMIT key.limit
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS page
}
RETURN key.index AS index, page
