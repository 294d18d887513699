// What real-time resolution must consider with each given record: the records sharing a blocking key
// with it (keys held by more than $maxBlockSize records propose none, as in a full resolve; the degree
// is read from the key), the other records of its customer and of its steward merges, and its
// stitching identifiers (for the must-links).
UNWIND $ids AS wanted
MATCH (r:SourceRecord {id: wanted})
RETURN r.id AS id,
       COLLECT {
         MATCH (r)-[:HAS_BLOCK_KEY]->(k:BlockKey)
         WHERE COUNT { (k)<-[:HAS_BLOCK_KEY]-() } <= $maxBlockSize
         MATCH (k)<-[:HAS_BLOCK_KEY]-(o:SourceRecord)
         WHERE o <> r
         RETURN DISTINCT o.id
       } AS candidates,
       COLLECT {
         MATCH (r)-[:BELONGS_TO]->(:Customer)<-[:BELONGS_TO]-(o:SourceRecord)
         WHERE o <> r
         RETURN o.id
       } AS customerMates,
       COLLECT {
         MATCH (r)<-[:JOINS]-(:StewardLink)-[:JOINS]->(o:SourceRecord)
         WHERE o <> r
         RETURN DISTINCT o.id
       } AS stewardMates,
       COLLECT {
         // the far node of the record's edge: no plan may seek every identifier of the types (Identifier(type))
         MATCH (r)-[h:HAS_IDENTIFIER]->()
         WITH endNode(h) AS n
         WHERE n:Identifier AND n.type IN $types
         RETURN n.key
       } AS identifierKeys
