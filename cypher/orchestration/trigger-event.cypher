// Events of type $eventType since $since whose properties meet the trigger's conditions (__FILTERS__: a
// predicate over the interaction i compiled from the rule language, parameters $trig0...): one occurrence each.
MATCH (i:Interaction {type: $eventType})-[:OF_CUSTOMER]->(c:Customer)
WHERE i.at >= $since AND c.status = 'ACTIVE' AND c.erasedAt IS NULL AND __FILTERS__
RETURN c.id AS customerId, 'event:' + i.eventId AS occurrence
