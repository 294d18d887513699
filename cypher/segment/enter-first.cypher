// A chunk of a new segment's first members (its first evaluation), by the element ids the matching read
// returned in the same evaluation: the membership only. History records one CREATED event for the whole
// evaluation (created.cypher) and the change feed nothing per member. Customers already in the segment are
// skipped, so a chunk can be written again.
MATCH (segment:Segment {id: $segmentId})
UNWIND $nodes AS node
MATCH (c:Customer)
WHERE elementId(c) = node AND c.status = 'ACTIVE' AND NOT EXISTS { (c)-[:IN_SEGMENT]->(segment) }
CREATE (c)-[:IN_SEGMENT {since: $now}]->(segment)
RETURN count(c) AS n
