// Bulk load into the embedded store: every relationship among the nodes carried over (carry-nodes).
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
