// A new API key; only the SHA-256 of the secret is stored.
CREATE (k:ApiKey {id: $id, hash: $hash, role: $role, name: $name, createdAt: $createdAt})
