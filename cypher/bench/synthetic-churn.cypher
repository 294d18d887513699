// One synthetic customer in a hundred (savers among them) goes quiet (no activity for 400 days): the next re-check of a segment
// needing recent activity exits them one by one.
MATCH (c:Customer {kind: 'SYNTHETIC'})
WHERE toInteger(substring(c.id, 4)) % 100 = 8
SET c.factLastEventAt = $now - duration({days: 400})
RETURN count(c) AS n
