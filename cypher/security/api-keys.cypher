MATCH (k:ApiKey)
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt, k.sources AS sources
ORDER BY k.createdAt, k.id
