// Removes the MATCHED edges touching the given records (real-time resolution rewrites them).
UNWIND $ids AS wanted
MATCH (:SourceRecord {id: wanted})-[m:MATCHED]-(:SourceRecord)
WITH DISTINCT m
DELETE m
RETURN count(*) AS deleted
