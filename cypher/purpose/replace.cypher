// Replaces the purposes of a batch of customers with those just discovered, each with its EVIDENCE
// edges to interactions and, for a conversion seen in the ledger, CONVERTED_TO the account. Purposes
// left on customers since merged into one of them go too. Idempotent: the same input, the same graph.
UNWIND $customers AS row
MATCH (c:Customer {id: row.customerId})
CALL (c) {
  OPTIONAL MATCH (old:Purpose)-[:OF_CUSTOMER]->(c)
  DETACH DELETE old
}
CALL (c) {
  OPTIONAL MATCH (old:Purpose)-[:OF_CUSTOMER]->(:Customer)-[:MERGED_INTO*1..5]->(c)
  DETACH DELETE old
}
CALL (c, row) {
  UNWIND row.purposes AS p
  CREATE (n:Purpose {id: p.id})
  SET n += p.props
  CREATE (n)-[:OF_CUSTOMER]->(c)
  WITH n, p
  CALL (n, p) {
    UNWIND p.evidence AS e
    MATCH (i:Interaction {eventId: e.eventId})
    CREATE (n)-[:EVIDENCE {role: e.role, stage: e.stage, weight: e.weight, reason: e.reason}]->(i)
  }
  CALL (n, p) {
    UNWIND p.accounts AS number
    MATCH (a:Account {number: number})
    CREATE (n)-[:CONVERTED_TO]->(a)
  }
}
RETURN count(*) AS customers
