// Enters a chunk of customers into a segment (a full evaluation writes its entries in chunks), each with an
// ENTERED SegmentEvent and a SEGMENT_ENTERED ChangeEvent (the change feed). Customers already in the segment are skipped, so a chunk can be written again.
MATCH (segment:Segment {id: $segmentId})
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
WHERE NOT EXISTS { (c)-[:IN_SEGMENT]->(segment) }
CREATE (c)-[:IN_SEGMENT {since: $now}]->(segment)
CREATE (entry:SegmentEvent {id: randomUUID(), type: 'ENTERED', at: $now, customerId: c.id, segmentId: segment.id})
CREATE (entry)-[:FOR_CUSTOMER]->(c), (entry)-[:FOR_SEGMENT]->(segment)
SET c.changeSeq = coalesce(c.changeSeq, 0) + 1
CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: c.changeSeq, type: 'SEGMENT_ENTERED',
                                    at: datetime.transaction(), segmentId: segment.id, segmentName: segment.name})
RETURN collect(c.id) AS ids
