// A segment's changes, newest first: entries and exits per customer, and the CREATED event of its first
// evaluation (no customer; memberCount), which comes after entries at the same instant (it is older).
MATCH (e:SegmentEvent)-[:FOR_SEGMENT]->(:Segment {id: $segmentId})
RETURN e.id AS id, e.type AS type, e.at AS at, e.customerId AS customerId, e.segmentId AS segmentId,
       e.memberCount AS memberCount
ORDER BY e.at DESC, CASE e.type WHEN 'CREATED' THEN 1 ELSE 0 END, e.id
LIMIT $limit
