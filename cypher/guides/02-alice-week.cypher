// Neo4j Browser guide 2: Alice's interactions across channels, newest first.
MATCH (:SourceRecord {source: 'core_banking', sourceId: 'CB-ALICE-001'})-[:BELONGS_TO]->(c:Customer)
MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
RETURN i.at AS at, i.channel AS channel, i.type AS type, i.category AS category, i.properties AS properties
ORDER BY i.at DESC
LIMIT 50;
