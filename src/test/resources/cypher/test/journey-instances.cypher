// Every journey instance with its step log (journey engine tests).
MATCH (i:JourneyInstance)
OPTIONAL MATCH (i)-[:RAN]->(r:JourneyStepRun)
WITH i, r ORDER BY r.seq
WITH i, collect(r {.*}) AS runs
RETURN i {.*} AS instance, runs
ORDER BY i.customerId, i.enteredAt
