// The provider accepted the message: SENT, once (a repeat keeps the first sentAt).
MATCH (m:OutboxMessage {key: $key})
WHERE m.status <> 'SENT'
SET m.status = 'SENT', m.sentAt = $now,
    m.claimedBy = null, m.claimUntil = null, m.claimedAt = null
RETURN m {.*} AS m
