// The ceiling: the graph shape of an import written by plain batched MERGEs, with no resolution. Each
// record goes on the customer of the person who really owns it (the generator's truth).
UNWIND $rows AS row
MERGE (c:Customer {id: row.customerId})
  ON CREATE SET c.kind = 'KNOWN', c.status = 'ACTIVE', c.createdAt = datetime($now), c.updatedAt = datetime($now)
MERGE (r:SourceRecord {source: row.source, sourceId: row.sourceId})
SET r += row.props, r.receivedAt = datetime($now), r.firstSeenAt = datetime($now)
MERGE (r)-[b:BELONGS_TO]->(c)
  ON CREATE SET b.at = datetime($now), b.reason = 'truth'
WITH r, row
CALL (r, row) {
  UNWIND row.identifiers AS ident
  MERGE (n:Identifier {key: ident.key})
    ON CREATE SET n.type = ident.type, n.value = ident.value
  FOREACH (_ IN CASE WHEN ident.type = 'EMAIL' THEN [1] ELSE [] END | SET n:Email)
  FOREACH (_ IN CASE WHEN ident.type = 'PHONE' THEN [1] ELSE [] END | SET n:Phone)
  FOREACH (_ IN CASE WHEN ident.type = 'NATIONAL_ID' THEN [1] ELSE [] END | SET n:NationalId)
  FOREACH (_ IN CASE WHEN ident.type = 'ACCOUNT_NUMBER' THEN [1] ELSE [] END | SET n:AccountNumber)
  MERGE (r)-[h:HAS_IDENTIFIER]->(n)
    ON CREATE SET h.assertedBy = r.id
}
CALL (r, row) {
  UNWIND row.accounts AS acc
  MERGE (a:Account {number: acc.number})
  SET a += acc.props
  MERGE (r)-[h:HOLDS]->(a)
  SET h.assertedBy = r.id, h += acc.props
  WITH a, acc
  WHERE acc.productCode IS NOT NULL
  MERGE (p:Product {code: acc.productCode})
    ON CREATE SET p.name = acc.productCode, p.category = 'UNKNOWN'
  MERGE (a)-[o:OF_PRODUCT]->(p)
}
