// Bulk load into the embedded store: every node the store holds before Neo4j's bulk importer replaces its
// database (definitions, keys, audit; never a record or customer), to be created again after it.
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
