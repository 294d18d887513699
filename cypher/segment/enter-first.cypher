// A chunk of a new segment's first members (its first evaluation): the membership only. History records
// one CREATED event for the whole evaluation (created.cypher) and the change feed nothing per member.
// Customers already in the segment are skipped, so a chunk can be written again.
MATCH (segment:Segment {id: $segmentId})
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
WHERE NOT EXISTS { (c)-[:IN_SEGMENT]->(segment) }
CREATE (c)-[:IN_SEGMENT {since: $now}]->(segment)
RETURN count(c) AS n
