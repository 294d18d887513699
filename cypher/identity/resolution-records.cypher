// Every source record with the values fuzzy matching compares and the active customer it belongs to.
MATCH (r:SourceRecord)
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
// the survivor by walking from c: a pattern ending in (:Customer {status: 'ACTIVE'}) let the planner scan every
// active customer and join them to the whole store's records (one bench run: 112 s for 5,120 records, 45 GB allocated)
CALL (c) {
  OPTIONAL MATCH p = (c)-[:MERGED_INTO*1..]->()
  WITH last(nodes(p)) AS s
  RETURN head([x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE']) AS s
}
WITH r, coalesce(s, c) AS customer
RETURN r.id AS id, r.source AS source, r.sourceId AS sourceId, r.firstName AS firstName,
       r.middleName AS middleName, r.lastName AS lastName, r.fullName AS fullName,
       coalesce(r.dateOfBirth, r.dateOfBirthRaw) AS dateOfBirth, r.gender AS gender, r.email AS email,
       r.phone AS phone, r.addressLine1 AS addressLine1, r.addressLine2 AS addressLine2, r.city AS city,
       r.postcode AS postcode, r.state AS state, r.country AS country,
       r.nationalIdDigest AS nationalIdDigest, r.nationalIdVariants AS nationalIdVariants,
       r.firstSeenAt AS firstSeenAt, r.pairsMarker AS pairsMarker, customer.id AS customerId, customer.createdAt AS customerCreatedAt
ORDER BY id
