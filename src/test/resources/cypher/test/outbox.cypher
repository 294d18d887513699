// Every outbox message, oldest key first (journey engine tests).
MATCH (m:OutboxMessage)
RETURN m {.*} AS message
ORDER BY m.customerId, m.key
