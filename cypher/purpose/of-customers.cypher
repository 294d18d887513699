// The purposes of a batch of customers, most recently active first, each with its evidence
// interactions (oldest first).
UNWIND $ids AS customerId
MATCH (p:Purpose)-[:OF_CUSTOMER]->(:Customer {id: customerId})
OPTIONAL MATCH (p)-[e:EVIDENCE]->(i:Interaction)
WITH customerId, p, e, i
ORDER BY i.at, i.eventId
WITH customerId, p, collect(CASE WHEN i IS NULL THEN null ELSE {role: e.role, stage: e.stage, weight: e.weight,
     reason: e.reason, interaction: i {.eventId, .type, .channel, .at, .category, .properties}} END) AS evidence
RETURN customerId, p {.*} AS purpose, evidence
ORDER BY customerId, p.lastActivity DESC, p.type
