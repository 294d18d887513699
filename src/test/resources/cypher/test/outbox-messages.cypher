MATCH (m:OutboxMessage)
RETURN m {.*} AS m
ORDER BY m.key
