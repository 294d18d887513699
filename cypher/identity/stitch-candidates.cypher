// For each identifier of an arriving record: the active customers already holding it, through other
// source records (with their names, for the phone rule) or through events (SEEN_FOR).
UNWIND $keys AS key
MATCH (n:Identifier {key: key})
CALL (n) {
  OPTIONAL MATCH (n)<-[:HAS_IDENTIFIER]-(other:SourceRecord)-[:BELONGS_TO]->(c:Customer)
  WHERE other.id <> $recordId
  RETURN collect(DISTINCT {customerId: c.id, createdAt: c.createdAt, kind: c.kind,
                           firstName: other.firstName, lastName: other.lastName}) AS viaRecords
}
CALL (n) {
  OPTIONAL MATCH (n)-[:SEEN_FOR]->(c:Customer {status: 'ACTIVE'})
  RETURN collect(DISTINCT {customerId: c.id, createdAt: c.createdAt, kind: c.kind}) AS viaEvents
}
RETURN key, viaRecords, viaEvents
