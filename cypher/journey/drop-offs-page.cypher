// A page of drop-offs, most recent last step first by (lastStepAt, id), resuming after the cursor's
// (afterAt, afterId); optionally of one kind and with the last step at or after $since.
MATCH (d:DropOff)-[:OF_CUSTOMER]->(c:Customer)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($since IS NULL OR d.lastStepAt >= $since)
  AND ($afterAt IS NULL OR d.lastStepAt < $afterAt OR (d.lastStepAt = $afterAt AND d.id > $afterId))
WITH d, c
ORDER BY d.lastStepAt DESC, d.id
LIMIT $limit
OPTIONAL MATCH (d)-[:LAST_STEP]->(i:Interaction)
RETURN d {.*} AS dropOff, c {.id, .kind, .createdAt} AS customer,
       i {.eventId, .type, .channel, .at, .category, .properties} AS lastInteraction
ORDER BY d.lastStepAt DESC, d.id
