// Forgets every record's pairs marker, as a store written before markers existed.
MATCH (r:SourceRecord)
REMOVE r.pairsMarker
RETURN count(*) AS records
