UNWIND $eventIds AS eventId
MATCH (i:Interaction {eventId: eventId})
OPTIONAL MATCH (i)-[:OF_CUSTOMER]->(c:Customer)
RETURN eventId, i.payloadHash AS payloadHash, c.id AS customerId
