// The customer-360 as one hand-written query: the baseline the GraphQL query is compared with. The same
// data: the customer, its source records (the golden profile is chosen from them), identifiers with how
// many active customers hold each (the 360's `guarded`), accounts with products, the 50 newest interactions
// and its segments.
MATCH (c:Customer {id: $id})
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)
  WITH r ORDER BY r.receivedAt DESC
  RETURN collect(r {.id, .source, .sourceId, .receivedAt, .firstName, .middleName, .lastName, .fullName,
                    .dateOfBirth, .gender, .email, .phone, .addressLine1, .addressLine2, .city, .postcode,
                    .state, .country, .attributes}) AS records
}
CALL (c) {
  CALL (c) {
    MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(n:Identifier)
    RETURN n
    UNION
    MATCH (c)<-[:SEEN_FOR]-(n:Identifier)
    RETURN n
  }
  CALL (n) {
    CALL (n) {
      MATCH (n)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(h:Customer {status: 'ACTIVE'})
      RETURN h
      UNION
      MATCH (n)-[:SEEN_FOR]->(h:Customer {status: 'ACTIVE'})
      RETURN h
    }
    WITH h LIMIT $holdersLimit
    RETURN count(h) AS holders
  }
  RETURN collect(n {.type, .value, holders: holders}) AS identifiers
}
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[h:HOLDS]->(a:Account)
  OPTIONAL MATCH (a)-[:OF_PRODUCT]->(p:Product)
  RETURN collect(DISTINCT a {.number, .openedAt, .closedAt, .balance, .currency, product: p {.code, .name, .category}}) AS accounts
}
CALL (c) {
  MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
  WITH i ORDER BY i.at DESC, i.eventId DESC LIMIT 50
  RETURN collect(i {.eventId, .type, .channel, .at, .category, .properties}) AS interactions
}
CALL (c) {
  OPTIONAL MATCH (c)-[m:IN_SEGMENT]->(s:Segment)
  RETURN collect(s {.id, .name, since: m.since}) AS segments
}
RETURN c {.id, .kind, .createdAt} AS customer, records, identifiers, accounts, interactions, segments
