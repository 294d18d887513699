// Another representation of the same memberships, for comparison with the floor (synthetic-floor.cypher):
// a label on each member instead of a relationship to the segment (no `since`, one label per segment).
// Measured only; the store keeps IN_SEGMENT relationships.
MATCH (c:Customer {status: 'ACTIVE'})
WHERE 'SAVINGS' IN c.factProducts AND c.factLastEventAt >= $since
SET c:SyntheticFloorMember
RETURN count(*) AS n
