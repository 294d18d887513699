// Identity invariants: each source record has exactly one BELONGS_TO, to an ACTIVE customer; each
// interaction exactly one OF_CUSTOMER, to an ACTIVE customer. Returns the count of each violation.
CALL () {
  MATCH (r:SourceRecord)
  WITH r, [(r)-[:BELONGS_TO]->(c:Customer) | c.status] AS owners
  WHERE size(owners) <> 1 OR owners[0] <> 'ACTIVE'
  RETURN count(r) AS badRecords
}
CALL () {
  MATCH (i:Interaction)
  WITH i, [(i)-[:OF_CUSTOMER]->(c:Customer) | c.status] AS owners
  WHERE size(owners) <> 1 OR owners[0] <> 'ACTIVE'
  RETURN count(i) AS badInteractions
}
RETURN badRecords, badInteractions
