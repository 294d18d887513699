// The addresses on the given customers' records, each with every record of an active customer at the same
// postcode (index-backed); Java compares the normalised first lines. A postcode on more than $maxRecords
// records is left out.
UNWIND $customerIds AS cid
MATCH (:Customer {id: cid, status: 'ACTIVE'})<-[:BELONGS_TO]-(r:SourceRecord)
WHERE r.postcode IS NOT NULL AND r.addressLine1 IS NOT NULL
WITH DISTINCT r.postcode AS postcode
MATCH (o:SourceRecord {postcode: postcode})
WITH postcode, collect(o) AS records
WHERE size(records) <= $maxRecords
UNWIND records AS o
MATCH (o)-[:BELONGS_TO]->(oc:Customer {status: 'ACTIVE'})
WHERE o.addressLine1 IS NOT NULL
RETURN postcode, collect({customerId: oc.id, firstName: o.firstName, dateOfBirth: o.dateOfBirth,
       line1: o.addressLine1}) AS holders
