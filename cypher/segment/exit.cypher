// Takes a chunk of customers out of a segment (a full evaluation writes its exits in chunks), each with an
// EXITED SegmentEvent and a SEGMENT_EXITED ChangeEvent (the change feed). Customers no longer in the segment are skipped.
MATCH (segment:Segment {id: $segmentId})
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})-[membership:IN_SEGMENT]->(segment)
DELETE membership
CREATE (leave:SegmentEvent {id: randomUUID(), type: 'EXITED', at: $now, customerId: c.id, segmentId: segment.id})
CREATE (leave)-[:FOR_CUSTOMER]->(c), (leave)-[:FOR_SEGMENT]->(segment)
SET c.changeSeq = coalesce(c.changeSeq, 0) + 1
CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: c.changeSeq, type: 'SEGMENT_EXITED',
                                    at: datetime.transaction(), segmentId: segment.id, segmentName: segment.name})
RETURN collect(DISTINCT c.id) AS ids
