// What each given customer holds now, for a steward action's before/after and its exact undo.
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
RETURN c.id AS id, c.status AS status, c.kind AS kind, c.createdAt AS createdAt,
       [(r:SourceRecord)-[:BELONGS_TO]->(c) | r.id] AS records,
       [(i:Interaction)-[:OF_CUSTOMER]->(c) | i.eventId] AS interactions,
       [(n:Identifier)-[e:SEEN_FOR]->(c) | {key: n.key, firstSeen: toString(e.firstSeen), lastSeen: toString(e.lastSeen),
                                             assertedBy: e.assertedBy}] AS seenFor
