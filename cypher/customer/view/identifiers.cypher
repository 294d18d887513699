// Part of the customer view: the identifiers from the customer's source records and from the events seen
// for them, each with how many active customers hold it (through records or events), counted up to
// $holdersLimit.
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
    // counted up to one past the most customers an identifier may have unguarded: enough for `guarded`
    WITH h LIMIT $holdersLimit
    RETURN count(h) AS holders
  }
  WITH n, holders ORDER BY n.type, n.value
  RETURN collect({type: n.type, value: n.value, holders: holders}) AS identifiers
}
