// Stored record payloads to replay as new records (under new source ids) in the real-time benchmark.
MATCH (r:SourceRecord)
WITH r.payload AS payload
ORDER BY rand()
LIMIT $limit
RETURN payload
