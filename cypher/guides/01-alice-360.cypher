// Neo4j Browser guide 1: Alice's customer 360 (paste into Browser connected to bolt://localhost:7687).
// Her customer, every source record and what each asserted, her identifiers and devices.
MATCH (r:SourceRecord {source: 'core_banking', sourceId: 'CB-ALICE-001'})-[:BELONGS_TO]->(c:Customer)
MATCH (c)<-[:BELONGS_TO]-(rec:SourceRecord)
OPTIONAL MATCH (rec)-[:HAS_IDENTIFIER]->(id:Identifier)
OPTIONAL MATCH (rec)-[:HOLDS]->(a:Account)-[:OF_PRODUCT]->(p:Product)
OPTIONAL MATCH (d:Identifier)-[:SEEN_FOR]->(c)
RETURN c, rec, id, a, p, d;
