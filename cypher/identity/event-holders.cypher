// Who an event's identifiers point at: active customers via source records or earlier events.
UNWIND $keys AS key
MATCH (n:Identifier {key: key})
CALL (n) {
  OPTIONAL MATCH (n)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(c:Customer)
  RETURN collect(DISTINCT {customerId: c.id, createdAt: c.createdAt, kind: c.kind}) AS viaRecords
}
CALL (n) {
  OPTIONAL MATCH (n)-[:SEEN_FOR]->(c:Customer {status: 'ACTIVE'})
  RETURN collect(DISTINCT {customerId: c.id, createdAt: c.createdAt, kind: c.kind}) AS viaEvents
}
RETURN key, viaRecords, viaEvents
