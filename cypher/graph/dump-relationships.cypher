// export-bootstrap: every relationship of the store with its ends and properties, streamed (GraphDump).
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
