// Replaces stored records' blocking keys (and their national-id digests, which fuzzy matching compares
// instead of the raw number). Records sharing a BlockKey are candidate pairs for resolution.
UNWIND $rows AS row
MATCH (r:SourceRecord {id: row.recordId})
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
