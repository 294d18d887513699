// The household of each given customer, with its members (oldest first), shared phones and mailboxes and
// shared addresses; a customer in no household returns no row.
UNWIND $customerIds AS cid
MATCH (:Customer {id: cid})-[:MEMBER_OF]->(h:Household)
CALL (h) {
  MATCH (h)<-[:MEMBER_OF]-(m:Customer)
  WITH m ORDER BY m.createdAt, m.id
  RETURN collect({id: m.id, kind: m.kind, createdAt: m.createdAt}) AS members
}
CALL (h) {
  OPTIONAL MATCH (h)-[:SHARES]->(n:Identifier)
  WITH n ORDER BY n.type, n.value
  RETURN collect({type: n.type, value: n.value}) AS identifiers
}
RETURN cid AS customerId, h.id AS id, members, identifiers, coalesce(h.addresses, []) AS addresses
