// Waits until every index of a fresh store is online, before the ceiling load starts.
CALL db.awaitIndexes(300)
