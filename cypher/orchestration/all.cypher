// Every journey with its newest version, by key.
MATCH (j:Journey)-[:VERSION]->(v:JourneyVersion)
WHERE v.version = j.latest
RETURN j.key AS key, j.status AS status, j.latest AS latest, v.version AS version, v.definition AS definition,
       v.definedAt AS definedAt, v.definedBy AS definedBy
ORDER BY key
