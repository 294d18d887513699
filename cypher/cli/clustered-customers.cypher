// How many distinct active customers the source records belong to: the customer count of the export.
MATCH (r:SourceRecord)-[:BELONGS_TO]->(c:Customer)
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
RETURN count(DISTINCT coalesce(s.id, c.id)) AS customers
