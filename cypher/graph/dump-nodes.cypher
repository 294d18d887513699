// export-bootstrap: every node of the store with its labels and properties, streamed (GraphDump).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
