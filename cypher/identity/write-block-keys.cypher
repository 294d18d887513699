// Replaces a stored record's blocking keys (and its national-id digests, which fuzzy matching compares
// instead of the raw number). Records sharing a BlockKey are candidate pairs for resolution.
MATCH (r:SourceRecord {id: $recordId})
SET r.nationalIdDigest = $nationalIdDigest, r.nationalIdVariants = $nationalIdVariants
WITH r
CALL (r) {
  OPTIONAL MATCH (r)-[old:HAS_BLOCK_KEY]->()
  DELETE old
}
WITH r
UNWIND $keys AS key
MERGE (k:BlockKey {key: key})
MERGE (r)-[:HAS_BLOCK_KEY]->(k)
RETURN count(*) AS keys
