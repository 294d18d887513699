// Every version of a journey, newest first.
MATCH (:Journey {key: $key})-[:VERSION]->(v:JourneyVersion)
RETURN v.version AS version, v.definition AS definition, v.definedAt AS definedAt, v.definedBy AS definedBy
ORDER BY version DESC
