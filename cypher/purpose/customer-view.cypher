// Part of the customer view: the customer's purposes, most recently active first, each with its evidence
// interactions (oldest first).
CALL (c) {
  MATCH (p:Purpose)-[:OF_CUSTOMER]->(c)
  CALL (p) {
    OPTIONAL MATCH (p)-[e:EVIDENCE]->(i:Interaction)
    WITH e, i ORDER BY i.at, i.eventId
    RETURN collect(CASE WHEN i IS NULL THEN null ELSE {role: e.role, stage: e.stage, weight: e.weight,
        reason: e.reason, interaction: i {.eventId, .type, .channel, .at, .category, .properties}} END) AS evidence
  }
  WITH p, evidence ORDER BY p.lastActivity DESC, p.type
  RETURN collect({purpose: p {.*}, evidence: evidence}) AS purposes
}
