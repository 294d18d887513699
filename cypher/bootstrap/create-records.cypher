// Bootstrap load (empty store): source records as ingest/upsert-records and identity/write-block-keys store
// them, created rather than merged: each record is new, and its identifiers and blocking keys exist already
// (create-identifiers, create-block-keys), found by their unique keys. Accounts and products are merged as
// upsert-records does: records share them, and later records update an account's properties.
UNWIND $rows AS row
CREATE (r:SourceRecord)
SET r = row.props
SET r.nationalIdDigest = row.nationalIdDigest, r.nationalIdVariants = row.nationalIdVariants
WITH r, row
CALL (r, row) {
  UNWIND row.identifiers AS key
  MATCH (n:Identifier {key: key})
  CREATE (r)-[:HAS_IDENTIFIER {assertedBy: r.id}]->(n)
}
CALL (r, row) {
  UNWIND row.blockKeys AS key
  MATCH (k:BlockKey {key: key})
  CREATE (r)-[:HAS_BLOCK_KEY]->(k)
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
