// Blocks of records sharing a BlockKey. A key shared by more than $maxBlockSize records proposes no
// pairs (too common to discriminate): it comes back with its size and no members, to be reported.
MATCH (k:BlockKey)
WITH k, COUNT { (k)<-[:HAS_BLOCK_KEY]-(:SourceRecord) } AS size
WHERE size >= 2
RETURN k.key AS key, size,
       CASE WHEN size <= $maxBlockSize THEN [(k)<-[:HAS_BLOCK_KEY]-(r:SourceRecord) | r.id] ELSE [] END AS recordIds
