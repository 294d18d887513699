// The phones and mailboxes on the given customers' records, each with every record of an active customer
// holding it (given name and date of birth, to tell people apart). A value on more than $maxRecords
// records is left out: far too shared to say anything about a household.
// Each hop is taken from the node in hand (the far node with startNode/endNode), as in shared-addresses: a
// plan compiled while the store was small could otherwise start from the Customer(status) index.
UNWIND $customerIds AS cid
MATCH (c:Customer {id: cid})
WHERE c.status = 'ACTIVE'
MATCH (c)<-[b:BELONGS_TO]-()
WITH startNode(b) AS r
WHERE r:SourceRecord
MATCH (r)-[h:HAS_IDENTIFIER]->()
WITH DISTINCT endNode(h) AS n
WHERE n:Identifier AND n.type IN ['PHONE', 'EMAIL']
  AND COUNT { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord) } <= $maxRecords
MATCH (n)<-[oh:HAS_IDENTIFIER]-()
WITH n, startNode(oh) AS o
WHERE o:SourceRecord
MATCH (o)-[ob:BELONGS_TO]->()
WITH n, o, endNode(ob) AS oc
WHERE oc:Customer AND oc.status = 'ACTIVE'
RETURN n.key AS key, n.type AS type, n.value AS value,
       collect({customerId: oc.id, firstName: o.firstName, dateOfBirth: o.dateOfBirth}) AS holders
