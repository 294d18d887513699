// Who already holds each identifier: customers through source records (with the record and its name,
// for the phone rule) and active customers through events (SEEN_FOR, no record).
// Every hop starts from the node in hand (the far node is taken with startNode/endNode, so no index or
// label scan can be planned for it): compiled while the store is small, a plan starting from the
// Customer(status) index would otherwise read every active customer for each key, for as long as the plan
// is cached (50 ms per call on the demo seed, growing with the store).
UNWIND $keys AS key
MATCH (n:Identifier {key: key})
CALL (n) {
  MATCH (n)<-[h:HAS_IDENTIFIER]-()
  WITH startNode(h) AS r
  WHERE r:SourceRecord
  MATCH (r)-[b:BELONGS_TO]->()
  WITH r, endNode(b) AS c
  WHERE c:Customer
  RETURN r.id AS recordId, c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind,
         r.firstName AS firstName, r.lastName AS lastName
  UNION
  MATCH (n)-[s:SEEN_FOR]->()
  WITH endNode(s) AS c
  WHERE c:Customer AND c.status = 'ACTIVE'
  RETURN null AS recordId, c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind,
         null AS firstName, null AS lastName
}
RETURN key, recordId, customerId, createdAt, kind, firstName, lastName
