// A full evaluation's entries: the active customers a rule matches who are not members yet, found in the
// database so that only the changes travel (at 1M customers the members and the matches are ~460,000 ids each).
// __MATCHING__ as in matching.cypher.
MATCH (segment:Segment {id: $segmentId})
CALL (segment) {
  __MATCHING__
  RETURN c
}
WITH segment, c
WHERE NOT EXISTS { (c)-[:IN_SEGMENT]->(segment) }
RETURN c.id AS id
