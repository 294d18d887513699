// How many source records the store holds.
MATCH (r:SourceRecord)
RETURN count(r) AS records
