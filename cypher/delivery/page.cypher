// A page of the outbox, newest first, optionally of one status, after the cursor (createdAt, key).
MATCH (m:OutboxMessage)
WHERE ($status IS NULL OR m.status = $status)
  AND ($afterAt IS NULL OR m.createdAt < $afterAt OR (m.createdAt = $afterAt AND m.key < $afterKey))
RETURN m {.*} AS m
ORDER BY m.createdAt DESC, m.key DESC
LIMIT $limit
