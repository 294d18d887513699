// Consent statements of ingested consent events, many at once, each exactly as consent/set records one
// ($statements: maps of customerId, key, channel, purpose, state, at, source, proof; checked by the caller).
// The resulting state of a Consent does not depend on the rows' order: the latest `at` wins.
UNWIND $statements AS s
MATCH (c:Customer {id: s.customerId, status: 'ACTIVE'})
MERGE (k:Consent {key: s.key})
  ON CREATE SET k.channel = s.channel, k.purpose = s.purpose
MERGE (c)-[:HAS_CONSENT]->(k)
WITH k, s
CALL (k, s) {
  OPTIONAL MATCH (k)-[:STATEMENT]->(same:ConsentStatement)
  WHERE same.state = s.state AND same.at = s.at AND same.source = s.source
    AND coalesce(same.proof, '') = coalesce(s.proof, '')
  WITH count(same) AS seen
  WHERE seen = 0
  CREATE (k)-[:STATEMENT]->(:ConsentStatement {state: s.state, at: s.at, source: s.source, proof: s.proof})
}
CALL (k, s) {
  WITH k
  WHERE k.at IS NULL OR s.at > k.at OR (s.at = k.at AND s.state = 'WITHDRAWN' AND k.state <> 'WITHDRAWN')
  SET k.state = s.state, k.at = s.at, k.source = s.source, k.proof = s.proof
}
RETURN count(*) AS statements
