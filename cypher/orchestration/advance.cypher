// Records one executed step of an instance and moves it on, in one transaction, only when the instance (locked
// first) is still at that step after the same number of runs: a replay or a second engine changes nothing.
// A SEND's message goes to the outbox in the same transaction, once per key (instanceId:stepId:visit; unique).
MATCH (i:JourneyInstance {id: $id})
SET i._lock = true
REMOVE i._lock
WITH i
WHERE i.currentStep = $step AND coalesce(i.steps, 0) = $steps AND i.status IN ['ACTIVE', 'WAITING']
SET i += $changes, i.updatedAt = $now
SET i.activeKey = CASE WHEN $changes.status IN ['ACTIVE', 'WAITING'] THEN i.activeKey END
FOREACH (run IN $runs |
  CREATE (r:JourneyStepRun)
  SET r = run
  CREATE (i)-[:RAN]->(r))
FOREACH (m IN $messages |
  MERGE (o:OutboxMessage {key: m.key})
    ON CREATE SET o.customerId = m.customerId, o.channel = m.channel, o.recipient = m.recipient,
                  o.subject = m.subject, o.body = m.body, o.purpose = m.purpose, o.status = 'PENDING',
                  o.attempts = 0, o.nextAttemptAt = $now, o.createdAt = $now,
                  o.journeyKey = m.journeyKey, o.journeyVersion = m.journeyVersion, o.instanceId = m.instanceId,
                  o.stepId = m.stepId)
RETURN i.id AS id
