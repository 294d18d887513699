// The addresses on the given customers' records, each with every record of an active customer at the same
// address: the same postcode and the same first line once case, spaces and common punctuation are dropped,
// found by the records' address key (io.skein.ingest.AddressKey, index-backed; reading every record at the
// postcode instead grew with the store: 124 ms a call at 100,000 people, a third of a full resolve). Java
// folds the lines further. An address on more than $maxRecords records is left out.
// Each customer is found by id and each hop taken from the node in hand (the far node with startNode/endNode):
// compiled while the store was small, a plan starting from the Customer(status) index read every active
// customer for each id (1.5 s a call on Febrl3 by the end of its import).
UNWIND $customerIds AS cid
MATCH (c:Customer {id: cid})
WHERE c.status = 'ACTIVE'
MATCH (c)<-[b:BELONGS_TO]-()
WITH startNode(b) AS r
WHERE r:SourceRecord AND r.addressKey IS NOT NULL
WITH DISTINCT r.addressKey AS key, r.postcode AS postcode
MATCH (o:SourceRecord {addressKey: key})
WITH postcode, key, collect(o) AS records
WHERE size(records) <= $maxRecords
UNWIND records AS o
MATCH (o)-[ob:BELONGS_TO]->()
WITH postcode, key, o, endNode(ob) AS oc
WHERE oc:Customer AND oc.status = 'ACTIVE'
RETURN postcode, key AS line, collect({customerId: oc.id, firstName: o.firstName, dateOfBirth: o.dateOfBirth,
       line1: o.addressLine1}) AS holders
