// Open drop-offs of active customers: journeys started and abandoned, not cleared by a completion since,
// waiting for a follow-up. The journey backlog gauge.
MATCH (d:DropOff)-[:OF_CUSTOMER]->(:Customer {status: 'ACTIVE'})
RETURN count(d) AS backlog
