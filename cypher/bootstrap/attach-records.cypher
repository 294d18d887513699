// Bootstrap load (empty store): puts each source record on the customer stitching left it with, by unique
// ids, with the time and reason its last attachment (or move by a merge) had.
UNWIND $rows AS row
MATCH (r:SourceRecord {id: row.recordId})
MATCH (c:Customer {id: row.customerId})
CREATE (r)-[:BELONGS_TO {at: row.at, reason: row.reason}]->(c)
