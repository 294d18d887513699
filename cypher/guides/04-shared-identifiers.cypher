// Neo4j Browser guide 4: identifier values shared by several customers (households, shared devices,
// placeholder emails). Values shared too widely are guarded: stored, never used to stitch.
MATCH (n:Identifier)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(c:Customer {status: 'ACTIVE'})
WITH n, count(DISTINCT c) AS customers
WHERE customers > 1
RETURN n.type AS type, n.value AS value, customers
ORDER BY customers DESC
LIMIT 25;
