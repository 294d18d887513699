// Re-evaluates one segment for every customer: what evaluate-customers does, over the whole graph. Used by
// the scheduled re-check (time windows move), when a segment is created and after RFM scores change.
MATCH (segment:Segment {id: $segmentId})
CALL (segment) {
  MATCH (c:Customer {status: 'ACTIVE'})
  WHERE NOT (c)-[:IN_SEGMENT]->(segment) AND __RULE__
  CREATE (c)-[:IN_SEGMENT {since: $now}]->(segment)
  CREATE (entry:SegmentEvent {id: randomUUID(), type: 'ENTERED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (entry)-[:FOR_CUSTOMER]->(c), (entry)-[:FOR_SEGMENT]->(segment)
  RETURN collect(c.id) AS entered
}
CALL (segment) {
  MATCH (c:Customer)-[membership:IN_SEGMENT]->(segment)
  WHERE c.status <> 'ACTIVE' OR NOT __RULE__
  DELETE membership
  CREATE (leave:SegmentEvent {id: randomUUID(), type: 'EXITED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (leave)-[:FOR_CUSTOMER]->(c), (leave)-[:FOR_SEGMENT]->(segment)
  RETURN collect(c.id) AS exited
}
RETURN entered, exited
