// Running instances due by $now, oldest due first, at most $limit, but those in $skip (done in this run).
MATCH (i:JourneyInstance)
WHERE i.status IN ['ACTIVE', 'WAITING'] AND i.dueAt <= $now AND NOT i.id IN $skip
RETURN i AS instance
ORDER BY i.dueAt, i.id
LIMIT $limit
