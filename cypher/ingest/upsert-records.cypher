// Stores source records as received (replacing an earlier version of the same (source, sourceId)), its
// identifiers and its holdings. Every HOLDS and OF_PRODUCT edge names the record that asserted it. Then, as
// identity/write-block-keys, its blocking keys and national-id digests (fuzzy matching compares these).
UNWIND $rows AS row
MERGE (r:SourceRecord {source: row.source, sourceId: row.sourceId})
SET r = row.props
WITH r, row
CALL (r) {
  OPTIONAL MATCH (r)-[old:HAS_IDENTIFIER|HOLDS]->()
  DELETE old
}
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
    ON CREATE SET p.name = acc.productName, p.category = acc.productCategory
  MERGE (a)-[o:OF_PRODUCT]->(p)
    ON CREATE SET o.assertedBy = r.id
}
WITH r, row
SET r.nationalIdDigest = row.nationalIdDigest, r.nationalIdVariants = row.nationalIdVariants
WITH r, row
CALL (r) {
  OPTIONAL MATCH (r)-[old:HAS_BLOCK_KEY]->()
  DELETE old
}
CALL (r, row) {
  UNWIND row.keys AS key
  MERGE (k:BlockKey {key: key})
  MERGE (r)-[:HAS_BLOCK_KEY]->(k)
}
