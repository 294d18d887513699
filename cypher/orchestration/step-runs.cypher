// The step log of some instances, in the order the steps ran.
UNWIND $ids AS id
MATCH (:JourneyInstance {id: id})-[:RAN]->(r:JourneyStepRun)
RETURN id, r AS run
ORDER BY r.at, r.seq
