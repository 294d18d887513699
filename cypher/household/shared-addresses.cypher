// The addresses on the given customers' records, each with every record of an active customer at the same
// postcode (index-backed) whose first line is the same once case, spaces and common punctuation are
// dropped; Java folds the lines further. An address on more than $maxRecords records is left out.
// Each customer is found by id and each hop taken from the node in hand (the far node with startNode/endNode):
// compiled while the store was small, a plan starting from the Customer(status) index read every active
// customer for each id (1.5 s a call on Febrl3 by the end of its import).
UNWIND $customerIds AS cid
MATCH (c:Customer {id: cid})
WHERE c.status = 'ACTIVE'
MATCH (c)<-[b:BELONGS_TO]-()
WITH startNode(b) AS r
WHERE r:SourceRecord AND r.postcode IS NOT NULL AND r.addressLine1 IS NOT NULL
WITH DISTINCT r.postcode AS postcode,
     toLower(replace(replace(replace(replace(replace(r.addressLine1, ' ', ''), ',', ''), '.', ''), '-', ''), '/', '')) AS line
MATCH (o:SourceRecord {postcode: postcode})
WHERE o.addressLine1 IS NOT NULL
  AND toLower(replace(replace(replace(replace(replace(o.addressLine1, ' ', ''), ',', ''), '.', ''), '-', ''), '/', '')) = line
WITH postcode, line, collect(o) AS records
WHERE size(records) <= $maxRecords
UNWIND records AS o
MATCH (o)-[ob:BELONGS_TO]->()
WITH postcode, line, o, endNode(ob) AS oc
WHERE oc:Customer AND oc.status = 'ACTIVE'
RETURN postcode, line, collect({customerId: oc.id, firstName: o.firstName, dateOfBirth: o.dateOfBirth,
       line1: o.addressLine1}) AS holders
