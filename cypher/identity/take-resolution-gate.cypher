// Write-locks the real-time resolution gate until the transaction ends (created on first use; the unique
// constraint makes concurrent first uses wait for one another and find the same node).
MERGE (g:ResolutionGate {id: 'realtime'})
SET g._lock = true
REMOVE g._lock
RETURN g.id AS id
