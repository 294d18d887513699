MATCH (i:Interaction {eventId: $eventId})
OPTIONAL MATCH (i)-[:OF_CUSTOMER]->(c:Customer)
RETURN i.payloadHash AS payloadHash, c.id AS customerId
