// One consent statement (see io.skein.consent): the customer id is followed through merges to the active
// survivor, which keeps one Consent node per channel and purpose ($key is built from the survivor's id by
// the caller, so the survivor is looked up first: cypher/consent/survivor). Every distinct statement is kept
// as history; the node's state is the statement with the latest `at` (at the same instant WITHDRAWN wins),
// so a late, older statement never overrides a newer one and a replay changes nothing.
MATCH (c:Customer {id: $customerId, status: 'ACTIVE'})
MERGE (k:Consent {key: $key})
  ON CREATE SET k.channel = $channel, k.purpose = $purpose
MERGE (c)-[:HAS_CONSENT]->(k)
WITH k
CALL (k) {
  OPTIONAL MATCH (k)-[:STATEMENT]->(same:ConsentStatement)
  WHERE same.state = $state AND same.at = $at AND same.source = $source
    AND coalesce(same.proof, '') = coalesce($proof, '')
  WITH count(same) AS seen
  WHERE seen = 0
  CREATE (k)-[:STATEMENT]->(:ConsentStatement {state: $state, at: $at, source: $source, proof: $proof})
}
CALL (k) {
  WITH k
  WHERE k.at IS NULL OR $at > k.at OR ($at = k.at AND $state = 'WITHDRAWN' AND k.state <> 'WITHDRAWN')
  SET k.state = $state, k.at = $at, k.source = $source, k.proof = $proof
}
RETURN k.channel AS channel, k.purpose AS purpose, k.state AS state, k.source AS source, k.at AS at, k.proof AS proof
