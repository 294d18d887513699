// A new API key; only the SHA-256 of the secret is stored. $sources: the sources it may write (null: any).
CREATE (k:ApiKey {id: $id, hash: $hash, role: $role, name: $name, createdAt: $createdAt, sources: $sources})
