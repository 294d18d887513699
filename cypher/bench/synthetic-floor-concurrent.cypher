// The floor written as a first evaluation writes (segment/enter-first.cypher): the same memberships by one
// hand-written statement, in concurrent transactions (as many as the database has cores), to a scratch segment
// created beforehand by synthetic-floor-segment.cypher. Run in an auto-commit transaction.
MATCH (s:Segment {id: $id})
MATCH (c:Customer {status: 'ACTIVE'})
WHERE 'SAVINGS' IN c.factProducts AND c.factLastEventAt >= $since
CALL (c, s) {
  CREATE (c)-[:IN_SEGMENT {since: $now}]->(s)
} IN CONCURRENT TRANSACTIONS OF 25000 ROWS
RETURN count(*) AS n
