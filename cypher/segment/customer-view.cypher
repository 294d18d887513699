// Part of the customer view: the customer's current memberships, each with its segment, by segment name.
CALL (c) {
  MATCH (c)-[m:IN_SEGMENT]->(s:Segment)
  WITH m, s ORDER BY s.name
  RETURN collect({since: m.since, id: s.id, name: s.name, description: s.description, kind: s.kind,
                  persona: s.persona, rule: s.rule, expression: s.expression, dependsOn: s.dependsOn,
                  createdAt: s.createdAt}) AS segments
}
