// Waiting instances become due now when the event they wait for happened since they began waiting, or when a
// goal of theirs was reached since they entered (a goal event, or a goal product held), so they leave at once.
MATCH (i:JourneyInstance {status: 'WAITING'})
WHERE i.dueAt > $now AND (i.untilEvent IS NOT NULL OR i.goalEvents IS NOT NULL OR i.goalProducts IS NOT NULL)
MATCH (c:Customer {id: i.customerId})
WITH i, c
WHERE (i.untilEvent IS NOT NULL
       AND EXISTS { MATCH (x:Interaction {type: i.untilEvent})-[:OF_CUSTOMER]->(c) WHERE x.at >= i.waitingSince })
   OR EXISTS { MATCH (x:Interaction)-[:OF_CUSTOMER]->(c) WHERE x.type IN coalesce(i.goalEvents, []) AND x.at >= i.enteredAt }
   OR EXISTS { MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HOLDS]->(a:Account)
               WHERE a.productCode IN coalesce(i.goalProducts, []) AND (a.closedAt IS NULL OR a.closedAt > $today) }
SET i.dueAt = $now
RETURN count(i) AS woken
