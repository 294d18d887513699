// One journey at a version ($version null: the newest).
MATCH (j:Journey {key: $key})-[:VERSION]->(v:JourneyVersion)
WHERE v.version = coalesce($version, j.latest)
RETURN j.key AS key, j.status AS status, j.latest AS latest, v.version AS version, v.definition AS definition,
       v.definedAt AS definedAt, v.definedBy AS definedBy
