// One page of a segment's members in customer-id order, after the cursor's id; one extra row says more follow.
MATCH (c:Customer)-[m:IN_SEGMENT]->(:Segment {id: $segmentId})
WHERE $after IS NULL OR c.id > $after
RETURN c.id AS customerId, m.since AS since
ORDER BY c.id
LIMIT $limit
