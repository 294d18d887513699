// Short views of source records for stewards: who they name and how to reach them.
UNWIND $ids AS wanted
MATCH (r:SourceRecord {id: wanted})
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
RETURN r.id AS id, r.source AS source, r.sourceId AS sourceId, c.id AS customerId,
       coalesce(r.fullName, trim(coalesce(r.firstName, '') + ' ' + coalesce(r.lastName, ''))) AS name,
       coalesce(r.dateOfBirth, r.dateOfBirthRaw) AS dateOfBirth, r.email AS email, r.phone AS phone,
       reduce(s = '', part IN [x IN [r.addressLine1, r.addressLine2, r.city, r.postcode, r.state, r.country] WHERE x IS NOT NULL] |
              CASE WHEN s = '' THEN toString(part) ELSE s + ', ' + toString(part) END) AS address
