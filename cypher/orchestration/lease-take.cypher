// Takes or renews the lease $name for $owner until $until when it is free, expired or already $owner's; the
// node is write-locked before it is read, so two takers at once cannot both see it free. Returns the owner.
MERGE (l:Lease {name: $name})
  ON CREATE SET l.owner = $owner, l.expiresAt = $until, l.takenAt = $now
SET l._lock = true
REMOVE l._lock
WITH l
CALL (l) {
  WITH l
  WHERE l.owner = $owner OR l.expiresAt < $now
  SET l.takenAt = CASE WHEN l.owner = $owner THEN l.takenAt ELSE $now END, l.owner = $owner, l.expiresAt = $until
}
RETURN l.owner AS owner, l.expiresAt AS expiresAt
