// A segment's entries and exits, newest first.
MATCH (e:SegmentEvent)-[:FOR_SEGMENT]->(:Segment {id: $segmentId})
RETURN e.id AS id, e.type AS type, e.at AS at, e.customerId AS customerId, e.segmentId AS segmentId
ORDER BY e.at DESC, e.id
LIMIT $limit
