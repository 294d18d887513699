MATCH (k:ApiKey {hash: $hash})
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt, k.sources AS sources
