// The consent_updated events stored on the given customers, oldest first: what ingestion said about consent.
UNWIND $customerIds AS cid
MATCH (c:Customer {id: cid})<-[:OF_CUSTOMER]-(i:Interaction {type: 'consent_updated'})
RETURN c.id AS customerId, i.eventId AS eventId, i.at AS at, i.channel AS eventChannel, i.properties AS properties
ORDER BY i.at
