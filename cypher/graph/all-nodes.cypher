// Every node of the store with its labels and properties: carried over a bulk load (EmbeddedBulkLoad, a few
// definitions) or streamed into export-bootstrap's files (GraphDump, the whole graph).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
