MATCH (:Interaction {eventId: $eventId})-[:OF_CUSTOMER]->(c:Customer)
RETURN c.id AS id, c.status AS status
