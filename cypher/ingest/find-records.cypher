// The stored version of each (source, sourceId): its hash, first sighting, valid date of birth (kept when an
// update brings a malformed one) and customer.
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, sourceId: key.sourceId})
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
RETURN key.source AS source, key.sourceId AS sourceId, r.payloadHash AS payloadHash, r.firstSeenAt AS firstSeenAt,
       r.dateOfBirth AS dateOfBirth,
       c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind
