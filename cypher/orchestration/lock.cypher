// Creates the journey when new and locks it for the rest of the transaction (so two definitions at once
// get consecutive versions); returns the newest version and its definition (none for a new journey).
MERGE (j:Journey {key: $key})
  ON CREATE SET j.createdAt = $now, j.status = 'ACTIVE', j.latest = 0
SET j._lock = true
REMOVE j._lock
WITH j
OPTIONAL MATCH (j)-[:VERSION]->(v:JourneyVersion {version: j.latest})
RETURN j.latest AS latest, v.definition AS definition
