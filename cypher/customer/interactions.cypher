// One page of interactions for each key of a batch (a customer and its filters), newest first by
// (at, eventId), resuming after the cursor's (afterAt, afterEventId). Null filters match everything.
// LIMIT cannot read the key, so $limit is the largest page of the batch plus one and the caller trims
// each key's page to its own size (the extra row tells it whether another page follows).
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
  LIMIT $limit
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS page
}
RETURN key.index AS index, page
