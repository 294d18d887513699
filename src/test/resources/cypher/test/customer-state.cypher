MATCH (c:Customer {id: $id})
OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
RETURN c.status AS status, c.kind AS kind, count(i) AS interactions
