// Member counts for a batch of segments.
UNWIND $ids AS id
MATCH (s:Segment {id: id})
RETURN id, COUNT { (:Customer)-[:IN_SEGMENT]->(s) } AS n
