// Everything held on a customer (data-subject access request), as maps of stored properties.
MATCH (c:Customer {id: $id})
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
WITH coalesce(s, c) AS target
CALL (target) {
  OPTIONAL MATCH (a:Customer)-[:MERGED_INTO*1..]->(target)
  RETURN collect(DISTINCT properties(a)) AS absorbed
}
CALL (target) {
  OPTIONAL MATCH (r:SourceRecord)-[b:BELONGS_TO]->(target)
  WITH r, b WHERE r IS NOT NULL
  OPTIONAL MATCH (r)-[:HAS_IDENTIFIER]->(n:Identifier)
  OPTIONAL MATCH (r)-[h:HOLDS]->(acc:Account)
  OPTIONAL MATCH (acc)-[:OF_PRODUCT]->(p:Product)
  WITH r, b, collect(DISTINCT {type: n.type, value: n.value}) AS identifiers,
       collect(DISTINCT CASE WHEN acc IS NULL THEN null ELSE {account: properties(acc), holding: properties(h), product: properties(p)} END) AS holdings
  RETURN collect({record: properties(r), belongsTo: properties(b), identifiers: identifiers, holdings: holdings}) AS records
}
CALL (target) {
  OPTIONAL MATCH (n:Identifier)-[sf:SEEN_FOR]->(target)
  RETURN collect(CASE WHEN n IS NULL THEN null ELSE {type: n.type, value: n.value, seen: properties(sf)} END) AS seenIdentifiers
}
CALL (target) {
  OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(target)
  WITH i ORDER BY i.at
  RETURN collect(properties(i)) AS interactions
}
CALL (target) {
  OPTIONAL MATCH (target)<-[:MERGED_INTO*0..]-(x:Customer)
  OPTIONAL MATCH (o:OutboxMessage {customerId: x.id})
  WITH o ORDER BY o.createdAt
  RETURN collect(properties(o)) AS messages
}
CALL (target) {
  OPTIONAL MATCH (m:Merge)-[:SURVIVOR|ABSORBED]->(target)
  RETURN collect(DISTINCT properties(m)) AS merges
}
CALL (target) {
  OPTIONAL MATCH (e:Erasure)-[:ERASED]->(target)
  RETURN collect(properties(e)) AS erasures
}
CALL (target) {
  OPTIONAL MATCH (target)-[x]-(o)
  WHERE NOT type(x) IN ['BELONGS_TO', 'OF_CUSTOMER', 'SEEN_FOR', 'MERGED_INTO', 'SURVIVOR', 'ABSORBED', 'ERASED']
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE {relationship: type(x), labels: labels(o),
         properties: properties(o), relationshipProperties: properties(x)} END) AS related
}
RETURN properties(target) AS customer, absorbed, records, seenIdentifiers, interactions, messages, merges, erasures, related
