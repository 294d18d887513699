// Real-time resolution's writes to its scope's pairs, in one round trip: removes the MATCHED edges touching
// the given records, stores the scope's pairs in the LINK or REVIEW band (as identity/write-matches) and sets
// the markers of the records scored against their whole blocks (as identity/write-pairs-markers). Then, as
// identity/record-owners reads it, the active customer of each record of the scope after the resolution's writes.
CALL () {
  UNWIND $ids AS wanted
  MATCH (:SourceRecord {id: wanted})-[m:MATCHED]-(:SourceRecord)
  WITH DISTINCT m
  DELETE m
  RETURN count(*) AS deleted
}
CALL () {
  UNWIND $matches AS match
  MATCH (a:SourceRecord {id: match.left})
  MATCH (b:SourceRecord {id: match.right})
  CREATE (a)-[:MATCHED {band: match.band, total: match.total, rule: match.rule, weights: match.weights,
                        corroboratesNationalIds: match.corroboratesNationalIds, at: $now}]->(b)
  RETURN count(*) AS written
}
CALL () {
  UNWIND $markers AS marker
  MATCH (r:SourceRecord {id: marker.id})
  SET r.pairsMarker = marker.marker
  RETURN count(*) AS marked
}
CALL () {
  UNWIND $ids AS recordId
  MATCH (r:SourceRecord {id: recordId})
  OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
  CALL (c) {
    // walked from the customer in hand, as in identity/records-by-ids
    OPTIONAL MATCH p = (c)-[:MERGED_INTO*1..]->()
    WITH last(nodes(p)) AS s
    RETURN [x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE'] AS survivors
  }
  RETURN collect({recordId: recordId, customerId: coalesce(head(survivors).id, c.id)}) AS owners
}
RETURN deleted, written, marked, owners
