// The given source records with the values fuzzy matching compares and their active customer.
// The merge chain is walked from the customer in hand (see identity/holders: no plan may start from the
// Customer(status) index, which a plan compiled while the store was small would do for every row).
UNWIND $ids AS wanted
MATCH (r:SourceRecord {id: wanted})
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
CALL (c) {
  OPTIONAL MATCH p = (c)-[:MERGED_INTO*1..]->()
  WITH last(nodes(p)) AS s
  RETURN [x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE'] AS survivors
}
WITH r, coalesce(head(survivors), c) AS customer
RETURN r.id AS id, r.source AS source, r.sourceId AS sourceId, r.firstName AS firstName,
       r.middleName AS middleName, r.lastName AS lastName, r.fullName AS fullName,
       coalesce(r.dateOfBirth, r.dateOfBirthRaw) AS dateOfBirth, r.gender AS gender, r.email AS email,
       r.phone AS phone, r.addressLine1 AS addressLine1, r.addressLine2 AS addressLine2, r.city AS city,
       r.postcode AS postcode, r.state AS state, r.country AS country,
       r.nationalIdDigest AS nationalIdDigest, r.nationalIdVariants AS nationalIdVariants,
       r.firstSeenAt AS firstSeenAt, r.pairsMarker AS pairsMarker, customer.id AS customerId, customer.createdAt AS customerCreatedAt
