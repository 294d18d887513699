// Write-locks customers in the order given (the caller sorts the ids, so two transactions locking the same
// customers cannot deadlock on their order) and returns each one's status and source records as read under
// the lock.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
SET c._lock = true
REMOVE c._lock
RETURN c.id AS id, c.status AS status, [(r:SourceRecord)-[:BELONGS_TO]->(c) | r.id] AS records
