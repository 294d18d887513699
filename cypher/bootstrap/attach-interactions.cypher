// Bootstrap load (empty store): puts each event on the customer attribution left it with (merges followed),
// by unique ids, as identity/merge-customers leaves an interaction moved with its customer.
UNWIND $rows AS row
MATCH (i:Interaction {eventId: row.eventId})
MATCH (c:Customer {id: row.customerId})
CREATE (i)-[:OF_CUSTOMER]->(c)
