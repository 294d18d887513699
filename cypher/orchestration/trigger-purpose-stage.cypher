// Purposes of type $purpose at stage $stage, active since $since: one occurrence per customer, purpose and stage.
MATCH (p:Purpose {type: $purpose, stage: $stage})-[:OF_CUSTOMER]->(c:Customer)
WHERE coalesce(p.lastActivity, $since) >= $since AND c.status = 'ACTIVE' AND c.erasedAt IS NULL
RETURN DISTINCT c.id AS customerId, 'purpose:' + $purpose + ':' + $stage AS occurrence
