// Bulk load into the embedded store: the nodes carried over, created again with their labels and properties
// after the import; answers each one's new element id for its relationships.
UNWIND $rows AS row
CREATE (n)
SET n = row.props
SET n:$(row.labels)
RETURN row.id AS before, elementId(n) AS after
