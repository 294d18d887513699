MATCH (m:Merge)-[:SURVIVOR]->(s:Customer)
RETURN m.id AS id, s.id AS survivor, m.absorbedIds AS absorbed, m.triggeredBy AS triggeredBy, m.reason AS reason
ORDER BY m.at
