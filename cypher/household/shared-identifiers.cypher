// The phones and mailboxes on the given customers' records, each with every record of an active customer
// holding it (given name and date of birth, to tell people apart). A value on more than $maxRecords
// records is left out: far too shared to say anything about a household.
UNWIND $customerIds AS cid
MATCH (:Customer {id: cid, status: 'ACTIVE'})<-[:BELONGS_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(n:Identifier)
WHERE n.type IN ['PHONE', 'EMAIL']
WITH DISTINCT n
WHERE COUNT { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord) } <= $maxRecords
MATCH (n)<-[:HAS_IDENTIFIER]-(o:SourceRecord)-[:BELONGS_TO]->(oc:Customer {status: 'ACTIVE'})
RETURN n.key AS key, n.type AS type, n.value AS value,
       collect({customerId: oc.id, firstName: o.firstName, dateOfBirth: o.dateOfBirth}) AS holders
