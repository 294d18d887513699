// Current memberships of a batch of customers.
UNWIND $customerIds AS customerId
MATCH (:Customer {id: customerId})-[m:IN_SEGMENT]->(s:Segment)
RETURN customerId, s.id AS segmentId, m.since AS since
ORDER BY customerId, s.name
