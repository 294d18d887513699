// Re-evaluates several segments (one dependency wave) for the given customers in one pass. __MATCHED__ is
// the list of the wave's segment ids whose compiled predicate holds for c (parameters $rule0...), so each
// rule is evaluated once per customer; then each membership that differs from it is entered or exited,
// leaving a SegmentEvent and a SEGMENT_ENTERED/EXITED ChangeEvent (the change feed). Customers no longer
// active (merged away) match nothing and leave everything.
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
WITH c, CASE WHEN c.status = 'ACTIVE' THEN __MATCHED__ ELSE [] END AS matched
UNWIND $segmentIds AS segmentId
MATCH (segment:Segment {id: segmentId})
OPTIONAL MATCH (c)-[membership:IN_SEGMENT]->(segment)
WITH segment, c, segmentId IN matched AS matches, membership
WHERE matches = (membership IS NULL)
FOREACH (_ IN CASE WHEN matches THEN [1] ELSE [] END |
  CREATE (c)-[:IN_SEGMENT {since: $now}]->(segment)
  CREATE (entry:SegmentEvent {id: randomUUID(), type: 'ENTERED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (entry)-[:FOR_CUSTOMER]->(c), (entry)-[:FOR_SEGMENT]->(segment))
FOREACH (_ IN CASE WHEN matches THEN [] ELSE [1] END |
  DELETE membership
  CREATE (leave:SegmentEvent {id: randomUUID(), type: 'EXITED', at: $now, customerId: c.id, segmentId: segment.id})
  CREATE (leave)-[:FOR_CUSTOMER]->(c), (leave)-[:FOR_SEGMENT]->(segment))
// The change feed (io.skein.changefeed): one row at a time, so each reads the counter the one before it left.
WITH c, segment, matches
CALL (c, segment, matches) {
  SET c.changeSeq = coalesce(c.changeSeq, 0) + 1
  CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: c.changeSeq,
                                      type: CASE WHEN matches THEN 'SEGMENT_ENTERED' ELSE 'SEGMENT_EXITED' END,
                                      at: datetime.transaction(), segmentId: segment.id, segmentName: segment.name})
}
RETURN collect(CASE WHEN matches THEN [c.id, segment.id] END) AS entered,
       collect(CASE WHEN matches THEN null ELSE [c.id, segment.id] END) AS exited
