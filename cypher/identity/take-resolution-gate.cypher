// Write-locks the real-time resolution gate until the transaction ends (created on first use; the unique
// constraint makes concurrent first uses wait for one another and find the same node). In the same round trip,
// what a real-time resolution checks first: when the stored match model was trained (null: none stored) and
// how many source records the store holds (read from the count store, not by scanning).
MERGE (g:ResolutionGate {id: 'realtime'})
SET g._lock = true
REMOVE g._lock
WITH g
OPTIONAL MATCH (m:MatchModel {id: 'current'})
CALL () {
  MATCH (r:SourceRecord)
  RETURN count(r) AS records
}
RETURN g.id AS id, m.trainedAt AS trainedAt, records
