// Safety net after a write: a record of the batch left on a merged customer follows the merge chain to its
// active survivor (records must always belong to exactly one active customer).
UNWIND $recordIds AS recordId
MATCH (r:SourceRecord {id: recordId})-[b:BELONGS_TO]->(c:Customer {status: 'MERGED'})
MATCH (c)-[:MERGED_INTO*1..50]->(s:Customer {status: 'ACTIVE'})
DELETE b
CREATE (r)-[:BELONGS_TO {at: $now, reason: 'follows merge of ' + c.id}]->(s)
RETURN count(r) AS moved
