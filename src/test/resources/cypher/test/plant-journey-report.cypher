// Plants journey instances for journeyReport tests: a customer and an instance per row, the row's goal event
// (if any) `day` days after entry, and its outbox message (if any).
UNWIND $rows AS row
CREATE (c:Customer {id: row.customerId, status: 'ACTIVE'})
CREATE (i:JourneyInstance {id: row.id, journeyKey: $journey, version: row.version, customerId: row.customerId,
                           holdout: row.holdout, enteredAt: datetime(row.enteredAt), status: 'COMPLETED'})
FOREACH (day IN CASE WHEN row.goalDay IS NULL THEN [] ELSE [row.goalDay] END |
  CREATE (:Interaction {id: row.id + ':goal', type: $goal, at: datetime(row.enteredAt) + duration({days: day})})-[:OF_CUSTOMER]->(c))
FOREACH (channel IN CASE WHEN row.channel IS NULL THEN [] ELSE [row.channel] END |
  CREATE (:OutboxMessage {key: row.id + ':send:1', customerId: row.customerId, instanceId: row.id, journeyKey: $journey,
                          channel: channel, status: row.status}))
