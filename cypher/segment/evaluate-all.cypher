// Re-evaluates one segment for every customer, evaluating its rule once per customer (see evaluate-wave for
// the per-customer upkeep). Used by the scheduled re-check (time windows move), when a segment is created
// and after RFM scores change.
MATCH (segment:Segment {id: $segmentId})
MATCH (c:Customer)
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
