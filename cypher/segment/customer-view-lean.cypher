// Part of the customer view: the customer's memberships as segment/customer-view reads them, without each
// segment's rule, expression and dependencies; for requests not selecting Segment.rule.
CALL (c) {
  MATCH (c)-[m:IN_SEGMENT]->(s:Segment)
  WITH m, s ORDER BY s.name
  RETURN collect({since: m.since, id: s.id, name: s.name, description: s.description, kind: s.kind,
                  persona: s.persona, createdAt: s.createdAt}) AS segments
}
