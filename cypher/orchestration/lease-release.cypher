// Gives the lease $name up when $owner holds it (it is free at once rather than when it expires).
MATCH (l:Lease {name: $name, owner: $owner})
SET l.expiresAt = $now
