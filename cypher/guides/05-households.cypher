// Neo4j Browser guide 5: a demo household (paste into Browser connected to bolt://localhost:7687).
// Different people sharing a family phone, mailbox or address stay separate customers, grouped as one
// (:Household) that SHARES the values; a shared value never stitches two people together.
MATCH (h:Household)<-[:MEMBER_OF]-(m:Customer)
WITH h, count(m) AS members
ORDER BY members DESC, h.id
LIMIT 1
MATCH (h)<-[:MEMBER_OF]-(c:Customer)<-[:BELONGS_TO]-(r:SourceRecord)
OPTIONAL MATCH (h)-[:SHARES]->(n:Identifier)
RETURN h, c, r, n, h.addresses AS sharedAddresses;
