// As resolution-neighbours, for records whose stored MATCHED edges are complete (PairsMarker): their
// LINK- and REVIEW-band partners stand in for the members of their blocking keys, whose other pairs all
// scored below the review threshold with the same model and values.
UNWIND $ids AS wanted
MATCH (r:SourceRecord {id: wanted})
RETURN r.id AS id,
       COLLECT {
         MATCH (r)-[:MATCHED]-(o:SourceRecord)
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
