// Every running instance of an erased customer (or one gone from the store) leaves its journey.
MATCH (i:JourneyInstance)
WHERE i.status IN ['ACTIVE', 'WAITING']
  AND NOT EXISTS { MATCH (c:Customer {id: i.customerId}) WHERE c.erasedAt IS NULL }
SET i.status = 'EXITED', i.exitReason = 'ERASED', i.updatedAt = $now, i.dueAt = null
REMOVE i.activeKey
CREATE (r:JourneyStepRun {instanceId: i.id, customerId: i.customerId, stepId: i.currentStep, kind: 'EXIT',
                          visit: i.visit, at: $now, outcome: 'ERASED', holdout: i.holdout})
CREATE (i)-[:RAN]->(r)
RETURN count(i) AS exited
