// Bootstrap load (empty store): each identifier's SEEN_FOR edge as events and merges left it in memory
// (ingest/create-interactions widens first and last sighting; identity/merge-customers moves an edge,
// keeping the survivor's own when it has one), by unique keys.
UNWIND $rows AS row
MATCH (n:Identifier {key: row.key})
MATCH (c:Customer {id: row.customerId})
CREATE (n)-[:SEEN_FOR {firstSeen: row.firstSeen, lastSeen: row.lastSeen, assertedBy: row.assertedBy}]->(c)
