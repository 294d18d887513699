// Records whose resolution a write can change without being near them: the members of a blocking key
// (or holders of an identifier) that the changed records just pushed over its limit, so the pairs (or
// must-links) among the others are gone; every holder of a stitching identifier they hold within the limit
// (its must-links depend on every holder's name: a household's phone or mailbox makes none); and the
// records the changed ones were linked to before. Run on the store before a write too (the records it
// changes, as they were), it gives what their old values held together. candidatesChanged: the members of
// a key pushed over its limit, whose candidate pairs changed (their stored MATCHED edges may be stale).
// The index hints keep every branch starting from the changed records' ids whatever the store's statistics, and
// each identifier is the far node of the record's edge (endNode): compiled on a small store, a plan had sought
// every identifier of the stitching types (the Identifier(type) index) for each id.
CALL () {
  UNWIND $ids AS wanted
  MATCH (r:SourceRecord {id: wanted})-[:HAS_BLOCK_KEY]->(k:BlockKey)
  USING INDEX r:SourceRecord(id)
  WITH k, count(*) AS changed
  WITH k, changed, COUNT { (k)<-[:HAS_BLOCK_KEY]-() } AS size
  WHERE size > $maxBlockSize AND size - changed <= $maxBlockSize
  MATCH (k)<-[:HAS_BLOCK_KEY]-(o:SourceRecord)
  RETURN o.id AS id, true AS candidatesChanged
  UNION
  UNWIND $ids AS wanted
  MATCH (r:SourceRecord {id: wanted})-[h:HAS_IDENTIFIER]->()
  USING INDEX r:SourceRecord(id)
  WITH endNode(h) AS n
  WHERE n:Identifier AND n.type IN $types
  WITH n, count(*) AS changed
  WITH n, changed, COUNT { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord) } AS holders
  WHERE holders > $maxHolders AND holders - changed <= $maxHolders
  MATCH (n)<-[:HAS_IDENTIFIER]-(o:SourceRecord)
  RETURN o.id AS id, false AS candidatesChanged
  UNION
  UNWIND $ids AS wanted
  MATCH (r:SourceRecord {id: wanted})-[h:HAS_IDENTIFIER]->()
  USING INDEX r:SourceRecord(id)
  WITH endNode(h) AS n
  WHERE n:Identifier AND n.type IN $types AND COUNT { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord) } <= $maxHolders
  MATCH (n)<-[:HAS_IDENTIFIER]-(o:SourceRecord)
  RETURN o.id AS id, false AS candidatesChanged
  UNION
  UNWIND $ids AS wanted
  MATCH (r:SourceRecord {id: wanted})-[m:MATCHED {band: 'LINK'}]-(o:SourceRecord)
  USING INDEX r:SourceRecord(id)
  RETURN o.id AS id, false AS candidatesChanged
}
RETURN collect(DISTINCT id) AS ids, collect(DISTINCT CASE WHEN candidatesChanged THEN id END) AS candidatesChanged
