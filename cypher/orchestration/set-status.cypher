// Pauses or resumes a journey; no row when there is none.
MATCH (j:Journey {key: $key})
SET j.status = $status
RETURN j.key AS key
