// The CREATED event of a segment's first evaluation, with its member count then.
MATCH (segment:Segment {id: $segmentId})
CREATE (e:SegmentEvent {id: randomUUID(), type: 'CREATED', at: $now, segmentId: segment.id,
                        memberCount: $memberCount})
CREATE (e)-[:FOR_SEGMENT]->(segment)
RETURN e.id AS id
