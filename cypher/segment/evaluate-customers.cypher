// Re-evaluates one segment for the given customers, evaluating the rule placeholder (the compiled predicate
// on c, parameters $rule0...) once per customer: active customers that match and are not members enter;
// members that no longer match, or are no longer active (merged away), exit. Each entry and exit leaves a
// SegmentEvent. Customers whose membership is already right are left untouched.
MATCH (segment:Segment {id: $segmentId})
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
WITH segment, c, c.status = 'ACTIVE' AND __RULE__ AS matches
OPTIONAL MATCH (c)-[membership:IN_SEGMENT]->(segment)
WITH segment, c, matches, membership
WHERE matches = (membership IS NULL)
FOREACH (_ IN CASE WHEN matches THEN [1] ELSE [] END |
  CREATE (c)-[:IN_SEGMENT {since: $now}]->(segment)
  CREATE (entry:SegmentEvent {id: randomUUID(), type: 'ENTERED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (entry)-[:FOR_CUSTOMER]->(c), (entry)-[:FOR_SEGMENT]->(segment))
FOREACH (_ IN CASE WHEN matches THEN [] ELSE [1] END |
  DELETE membership
  CREATE (leave:SegmentEvent {id: randomUUID(), type: 'EXITED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (leave)-[:FOR_CUSTOMER]->(c), (leave)-[:FOR_SEGMENT]->(segment))
RETURN collect(CASE WHEN matches THEN c.id END) AS entered, collect(CASE WHEN matches THEN null ELSE c.id END) AS exited
