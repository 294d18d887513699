// Claims up to $limit due messages of the channels this instance can send: PENDING ones whose
// nextAttemptAt has come, and SENDING ones whose claim has expired (their instance stopped); each half is an
// index seek on (status, nextAttemptAt). The write of _claimLock takes each node's write lock before its
// status is read again: a message another instance claimed meanwhile (it committed while this one waited for
// the lock) no longer qualifies and is skipped, so no two instances ever hold a claim on the same message.
// Each claim counts as an attempt: a message whose sends keep killing their instance still reaches the dead
// letter.
CALL () {
  MATCH (m:OutboxMessage)
  WHERE m.status = 'PENDING' AND m.nextAttemptAt <= $now AND m.channel IN $channels
  RETURN m
  UNION
  MATCH (m:OutboxMessage)
  WHERE m.status = 'SENDING' AND m.claimUntil <= $now AND m.channel IN $channels
  RETURN m
}
WITH m ORDER BY m.nextAttemptAt, m.key LIMIT $limit
SET m._claimLock = true
REMOVE m._claimLock
WITH m
WHERE (m.status = 'PENDING' AND m.nextAttemptAt <= $now) OR (m.status = 'SENDING' AND m.claimUntil <= $now)
SET m.status = 'SENDING', m.claimedBy = $owner, m.claimUntil = $until, m.claimedAt = $now,
    m.attempts = coalesce(m.attempts, 0) + 1, m.lastAttemptAt = $now
RETURN m {.*} AS m
