// Current memberships of a batch of customers, each with its segment (so Customer.segments costs one query).
UNWIND $customerIds AS customerId
MATCH (:Customer {id: customerId})-[m:IN_SEGMENT]->(s:Segment)
RETURN customerId, m.since AS since,
       s.id AS id, s.name AS name, s.description AS description, s.kind AS kind, s.persona AS persona,
       s.rule AS rule, s.expression AS expression, s.dependsOn AS dependsOn, s.createdAt AS createdAt
ORDER BY customerId, s.name
