// A failed attempt by the instance holding the claim: back to PENDING at $next, or final ($status DEAD or
// FAILED with $reason). A claim lost meanwhile (expired and taken by another instance) changes nothing.
MATCH (m:OutboxMessage {key: $key})
WHERE m.status = 'SENDING' AND m.claimedBy = $owner
SET m.status = $status, m.lastError = $error,
    m.failureReason = $reason, m.nextAttemptAt = coalesce($next, m.nextAttemptAt),
    m.claimedBy = null, m.claimUntil = null, m.claimedAt = null
RETURN m {.*} AS m
