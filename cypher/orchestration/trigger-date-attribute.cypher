// Customers whose DATE attribute $attribute (property $property of a record), moved by $offsetDays, falls
// between $fromDate and $today: one occurrence per date.
MATCH (r:SourceRecord)-[:BELONGS_TO]->(c:Customer)
WHERE c.status = 'ACTIVE' AND c.erasedAt IS NULL AND r[$property] IS :: STRING
  AND r[$property] =~ '\\d{4}-\\d{2}-\\d{2}'
WITH c, date(r[$property]) AS day
WHERE day + duration({days: $offsetDays}) <= $today AND day + duration({days: $offsetDays}) >= $fromDate
RETURN DISTINCT c.id AS customerId, 'date:' + $attribute + ':' + toString(day) AS occurrence
