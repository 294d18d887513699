// The addresses on the given customers' records, each with every record of an active customer at the same
// postcode (index-backed) whose first line is the same once case, spaces and common punctuation are
// dropped; Java folds the lines further. An address on more than $maxRecords records is left out.
UNWIND $customerIds AS cid
MATCH (:Customer {id: cid, status: 'ACTIVE'})<-[:BELONGS_TO]-(r:SourceRecord)
WHERE r.postcode IS NOT NULL AND r.addressLine1 IS NOT NULL
WITH DISTINCT r.postcode AS postcode,
     toLower(replace(replace(replace(replace(replace(r.addressLine1, ' ', ''), ',', ''), '.', ''), '-', ''), '/', '')) AS line
MATCH (o:SourceRecord {postcode: postcode})
WHERE o.addressLine1 IS NOT NULL
  AND toLower(replace(replace(replace(replace(replace(o.addressLine1, ' ', ''), ',', ''), '.', ''), '-', ''), '/', '')) = line
WITH postcode, line, collect(o) AS records
WHERE size(records) <= $maxRecords
UNWIND records AS o
MATCH (o)-[:BELONGS_TO]->(oc:Customer {status: 'ACTIVE'})
RETURN postcode, line, collect({customerId: oc.id, firstName: o.firstName, dateOfBirth: o.dateOfBirth,
       line1: o.addressLine1}) AS holders
