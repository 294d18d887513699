// Source records with their pairs marker (PairsMarker), by id.
MATCH (r:SourceRecord)
RETURN r.id AS id, r.pairsMarker AS marker
ORDER BY id
