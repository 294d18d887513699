// Re-evaluates one segment for the given customers. Active customers that match the rule placeholder (the compiled
// predicate on c, parameters $rule0...) and are not members enter; members that no longer match, or are
// no longer active (merged away), exit. Each entry and exit leaves a SegmentEvent.
MATCH (segment:Segment {id: $segmentId})
CALL (segment) {
  UNWIND $customerIds AS customerId
  MATCH (c:Customer {id: customerId})
  WHERE c.status = 'ACTIVE' AND NOT (c)-[:IN_SEGMENT]->(segment) AND __RULE__
  CREATE (c)-[:IN_SEGMENT {since: $now}]->(segment)
  CREATE (entry:SegmentEvent {id: randomUUID(), type: 'ENTERED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (entry)-[:FOR_CUSTOMER]->(c), (entry)-[:FOR_SEGMENT]->(segment)
  RETURN collect(c.id) AS entered
}
CALL (segment) {
  UNWIND $customerIds AS customerId
  MATCH (c:Customer {id: customerId})-[membership:IN_SEGMENT]->(segment)
  WHERE c.status <> 'ACTIVE' OR NOT __RULE__
  DELETE membership
  CREATE (leave:SegmentEvent {id: randomUUID(), type: 'EXITED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (leave)-[:FOR_CUSTOMER]->(c), (leave)-[:FOR_SEGMENT]->(segment)
  RETURN collect(c.id) AS exited
}
RETURN entered, exited
