// Write-locks the stored source records of a batch (keys in (source, sourceId) order), so two writers of one
// record, in one instance or in several, read and replace it one after the other, and returns each as read
// under its lock: its hash, first sighting, customer, and the values an update keeps when it brings malformed
// ones (valid date of birth, e-mail and phone as sent, national-id digests), and whether its pairs were ever
// scored (a resumed import re-resolves the records an import killed before its end resolution left unscored).
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, sourceId: key.sourceId})
SET r._lock = true
REMOVE r._lock
WITH key, r
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
RETURN key.source AS source, key.sourceId AS sourceId, r.payloadHash AS payloadHash, r.firstSeenAt AS firstSeenAt,
       r.dateOfBirth AS dateOfBirth, r.email AS email, r.phone AS phone,
       r.nationalIdDigest AS nationalIdDigest, r.nationalIdVariants AS nationalIdVariants,
       r.pairsMarker IS NULL AS unscored, c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind
