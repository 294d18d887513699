// Removes up to $limit MATCHED edges; resolution calls it until none are left, then writes the new ones.
MATCH (:SourceRecord)-[m:MATCHED]->(:SourceRecord)
WITH m LIMIT $limit
DELETE m
RETURN count(*) AS deleted
