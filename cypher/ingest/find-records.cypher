// The stored version of each (source, sourceId): its hash, first sighting, customer, and the values an update
// keeps when it brings malformed ones (valid date of birth, e-mail and phone as sent, national-id digests).
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, sourceId: key.sourceId})
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
RETURN key.source AS source, key.sourceId AS sourceId, r.payloadHash AS payloadHash, r.firstSeenAt AS firstSeenAt,
       r.dateOfBirth AS dateOfBirth, r.email AS email, r.phone AS phone,
       r.nationalIdDigest AS nationalIdDigest, r.nationalIdVariants AS nationalIdVariants,
       c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind
