// Neo4j Browser guide 3: why customers were merged. Each Merge names its survivor, the absorbed ids and
// the records or events whose arrival bridged them.
MATCH (m:Merge)-[:SURVIVOR]->(s:Customer)
OPTIONAL MATCH (m)-[:ABSORBED]->(a:Customer)
RETURN m.at AS at, m.reason AS reason, s.id AS survivor, collect(a.id) AS absorbed, m.triggeredBy AS triggeredBy
ORDER BY at DESC
LIMIT 25;
