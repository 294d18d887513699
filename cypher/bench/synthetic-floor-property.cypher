// The cheapest write per member there is, for comparison with the floor (synthetic-floor.cypher): one
// unindexed property on each member (a segment's members could not be found from the segment by it).
// Measured only; the store keeps IN_SEGMENT relationships.
MATCH (c:Customer {status: 'ACTIVE'})
WHERE 'SAVINGS' IN c.factProducts AND c.factLastEventAt >= $since
SET c.syntheticFloorSince = $now
RETURN count(*) AS n
