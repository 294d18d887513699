// Every active customer that is in a household now or shares a phone or mailbox with another record:
// where a full recomputation starts (addresses are found from these and from the postcode pass).
MATCH (c:Customer {status: 'ACTIVE'})
WHERE (c)-[:MEMBER_OF]->()
   OR EXISTS { (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(n:Identifier)<-[:HAS_IDENTIFIER]-(:SourceRecord)
               WHERE n.type IN ['PHONE', 'EMAIL'] }
   OR EXISTS { (c)<-[:BELONGS_TO]-(r:SourceRecord) WHERE r.postcode IS NOT NULL
               AND COUNT { (o:SourceRecord {postcode: r.postcode}) } > 1 }
RETURN c.id AS id
ORDER BY id
