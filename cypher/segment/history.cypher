// A segment's changes, newest first: entries and exits per customer, and the CREATED event of its first
// evaluation (no customer; memberCount).
MATCH (e:SegmentEvent)-[:FOR_SEGMENT]->(:Segment {id: $segmentId})
RETURN e.id AS id, e.type AS type, e.at AS at, e.customerId AS customerId, e.segmentId AS segmentId,
       e.memberCount AS memberCount
ORDER BY e.at DESC, e.id
LIMIT $limit
