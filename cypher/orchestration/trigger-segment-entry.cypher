// Customers who entered segment $segment since $since and are still in it: one occurrence per entry.
MATCH (e:SegmentEvent {segmentId: $segment, type: 'ENTERED'})
WHERE e.at >= $since
MATCH (c:Customer {id: e.customerId})
WHERE c.status = 'ACTIVE' AND c.erasedAt IS NULL AND EXISTS { (c)-[:IN_SEGMENT]->(:Segment {id: $segment}) }
RETURN c.id AS customerId, 'segment:' + e.id AS occurrence
