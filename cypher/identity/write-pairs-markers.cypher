// Marks records whose MATCHED edges now hold every LINK- and REVIEW-band candidate pair they have
// (PairsMarker): real-time resolution may read those edges instead of scoring the records' whole blocks.
UNWIND $markers AS marker
MATCH (r:SourceRecord {id: marker.id})
SET r.pairsMarker = marker.marker
RETURN count(*) AS marked
