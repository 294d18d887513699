// Enrols customers in a journey at its version $version: one instance per trigger occurrence (triggerKey)
// and at most one running instance per journey and customer (MERGE on the unique activeKey waits for a
// concurrent enrolment and then finds its instance). Returns the ids of the instances created.
UNWIND $rows AS row
OPTIONAL MATCH (seen:JourneyInstance {triggerKey: row.triggerKey})
WITH row WHERE seen IS NULL
MERGE (i:JourneyInstance {activeKey: row.activeKey})
  ON CREATE SET i.id = row.id, i.journeyKey = $journey, i.version = $version, i.customerId = row.customerId,
                i.currentStep = $entry, i.visit = 1, i.steps = 0, i.visits = $visits, i.status = 'ACTIVE', i.dueAt = $now,
                i.enteredAt = $now, i.updatedAt = $now, i.holdout = row.holdout, i.context = '{}',
                i.goals = '[]', i.triggerKey = row.triggerKey
WITH i, row
WHERE i.id = row.id
RETURN i.id AS id
