// The ids of a segment's current members.
MATCH (:Segment {id: $segmentId})<-[:IN_SEGMENT]-(c:Customer)
RETURN c.id AS id
