// Every relationship of the store with its ends and properties (EmbeddedBulkLoad, GraphDump; see all-nodes).
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
