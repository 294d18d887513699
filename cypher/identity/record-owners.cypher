// The active customer of each given source record.
UNWIND $recordIds AS recordId
MATCH (r:SourceRecord {id: recordId})
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
RETURN recordId, coalesce(s.id, c.id) AS customerId
