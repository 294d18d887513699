// One round of real-time resolution's scope walk, in one round trip. For each record of the frontier: the
// records it must be considered with — candidates from its blocking keys ($full; keys held by more than
// $maxBlockSize records propose none, as in a full resolve; the degree is read from the key) or its stored
// MATCHED partners ($trusted: records whose MATCHED edges are complete, see PairsMarker, whose other block
// members all scored below the review threshold with the same model and values), the other records of its
// customer and of its steward merges — and its stitching identifiers (for the must-links). Then the stitching
// identifiers those name that no round read before ($knownKeys) and two or more records hold, with their
// holders (as identity/shared-identifiers returns them for the whole store); and the records all of these
// name that are not loaded yet ($loaded), as identity/records-by-ids returns them, so the next round finds its
// frontier loaded. Every branch starts from the given ids or keys.
CALL () {
  UNWIND $full AS wanted
  MATCH (r:SourceRecord {id: wanted})
  RETURN r, COLLECT {
           MATCH (r)-[:HAS_BLOCK_KEY]->(k:BlockKey)
           WHERE COUNT { (k)<-[:HAS_BLOCK_KEY]-() } <= $maxBlockSize
           MATCH (k)<-[:HAS_BLOCK_KEY]-(o:SourceRecord)
           WHERE o <> r
           RETURN DISTINCT o.id
         } AS candidates
  UNION ALL
  UNWIND $trusted AS wanted
  MATCH (r:SourceRecord {id: wanted})
  RETURN r, COLLECT {
           MATCH (r)-[:MATCHED]-(o:SourceRecord)
           RETURN DISTINCT o.id
         } AS candidates
}
// subqueries projected before the aggregation (inside it they would run as nested plans, row by row)
WITH r, candidates,
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
WITH collect({id: r.id, candidates: candidates, customerMates: customerMates, stewardMates: stewardMates,
              identifierKeys: identifierKeys}) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.identifierKeys AS wanted
  WITH DISTINCT wanted
  WHERE NOT wanted IN $knownKeys
  MATCH (n:Identifier {key: wanted})
  WITH n, COUNT { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord) } AS holders
  WHERE holders >= 2
  WITH n, holders,
       CASE WHEN holders <= $maxHolders
            THEN [(n)<-[:HAS_IDENTIFIER]-(h:SourceRecord) | {id: h.id, firstName: h.firstName, lastName: h.lastName}]
            ELSE [] END AS records
  RETURN collect({key: n.key, type: n.type, value: n.value, holders: holders, records: records}) AS shared
}
WITH rows, shared,
     reduce(ids = [], row IN rows | ids + row.candidates + row.customerMates + row.stewardMates)
       + reduce(ids = [], identifier IN shared | ids + [holder IN identifier.records | holder.id]) AS named
CALL (named) {
  UNWIND named AS wanted
  WITH DISTINCT wanted
  WHERE NOT wanted IN $loaded
  MATCH (r:SourceRecord {id: wanted})
  OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
  CALL (c) {
    OPTIONAL MATCH p = (c)-[:MERGED_INTO*1..]->()
    WITH last(nodes(p)) AS s
    RETURN [x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE'] AS survivors
  }
  WITH r, coalesce(head(survivors), c) AS customer
  RETURN collect({id: r.id, source: r.source, sourceId: r.sourceId, firstName: r.firstName,
         middleName: r.middleName, lastName: r.lastName, fullName: r.fullName,
         dateOfBirth: coalesce(r.dateOfBirth, r.dateOfBirthRaw), gender: r.gender, email: r.email,
         phone: r.phone, addressLine1: r.addressLine1, addressLine2: r.addressLine2, city: r.city,
         postcode: r.postcode, state: r.state, country: r.country,
         nationalIdDigest: r.nationalIdDigest, nationalIdVariants: r.nationalIdVariants,
         firstSeenAt: r.firstSeenAt, pairsMarker: r.pairsMarker, customerId: customer.id,
         customerCreatedAt: customer.createdAt}) AS records
}
RETURN rows, shared, records
