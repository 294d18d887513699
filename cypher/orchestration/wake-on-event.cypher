// Instances waiting for an event that has happened since they began waiting become due now.
MATCH (i:JourneyInstance {status: 'WAITING'})
WHERE i.untilEvent IS NOT NULL AND i.dueAt > $now
  AND EXISTS { MATCH (x:Interaction {type: i.untilEvent})-[:OF_CUSTOMER]->(:Customer {id: i.customerId})
               WHERE x.at >= i.waitingSince }
SET i.dueAt = $now
RETURN count(i) AS woken
