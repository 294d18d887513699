// Who already holds each identifier: customers through source records (with the record and its name,
// for the phone rule) and active customers through events (SEEN_FOR, no record).
UNWIND $keys AS key
MATCH (n:Identifier {key: key})
CALL (n) {
  MATCH (n)<-[:HAS_IDENTIFIER]-(r:SourceRecord)-[:BELONGS_TO]->(c:Customer)
  RETURN r.id AS recordId, c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind,
         r.firstName AS firstName, r.lastName AS lastName
  UNION
  MATCH (n)-[:SEEN_FOR]->(c:Customer {status: 'ACTIVE'})
  RETURN null AS recordId, c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind,
         null AS firstName, null AS lastName
}
RETURN key, recordId, customerId, createdAt, kind, firstName, lastName
