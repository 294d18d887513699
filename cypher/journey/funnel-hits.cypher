// For a funnel's steps (event type plus an optional property = value filter), every matching
// interaction of active customers between $from and $to, grouped by customer, with the customer's
// segment names (when the segment module has put them in some).
UNWIND range(0, size($steps) - 1) AS idx
WITH idx, $steps[idx] AS s
MATCH (i:Interaction {type: s.eventType})
WHERE (s.property IS NULL OR toString(i['prop.' + s.property]) = s.value)
  AND ($from IS NULL OR i.at >= $from)
  AND ($to IS NULL OR i.at <= $to)
MATCH (i)-[:OF_CUSTOMER]->(c:Customer {status: 'ACTIVE'})
WITH c, collect({step: idx, at: i.at, eventId: i.eventId, channel: i.channel}) AS hits
OPTIONAL MATCH (c)-[:IN_SEGMENT]->(seg:Segment)
RETURN c.id AS customerId, hits, [name IN collect(DISTINCT seg.name) WHERE name IS NOT NULL] AS segments
