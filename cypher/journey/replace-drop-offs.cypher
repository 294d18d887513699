// Sets the drop-offs of a batch of customers to those just detected: new ones are created (detectedAt
// = $now) with STARTED_BY and LAST_STEP edges to their interactions, known ones updated, the rest
// deleted (also any left on customers since merged into them). Returns, per customer, the ids created
// and the drop-offs deleted, so the caller can publish DropOffDetected and DropOffCleared.
UNWIND $customers AS row
MATCH (c:Customer {id: row.customerId})
CALL (c) {
  OPTIONAL MATCH (old:DropOff)-[:OF_CUSTOMER]->(:Customer)-[:MERGED_INTO*1..5]->(c)
  DETACH DELETE old
}
CALL (c, row) {
  OPTIONAL MATCH (old:DropOff)-[:OF_CUSTOMER]->(c)
  WHERE NOT old.id IN [d IN row.dropOffs | d.id]
  WITH old, old.id AS id, old.kind AS kind
  DETACH DELETE old
  RETURN collect(CASE WHEN id IS NULL THEN null ELSE {id: id, kind: kind} END) AS cleared
}
CALL (c, row) {
  UNWIND row.dropOffs AS d
  OPTIONAL MATCH (known:DropOff {id: d.id})
  WITH d, known IS NULL AS isNew
  MERGE (n:DropOff {id: d.id})
    ON CREATE SET n.detectedAt = $now
  SET n += d.props
  MERGE (n)-[:OF_CUSTOMER]->(c)
  WITH n, d, isNew
  CALL (n, d) {
    OPTIONAL MATCH (n)-[old:STARTED_BY|LAST_STEP]->()
    DELETE old
  }
  CALL (n, d) {
    MATCH (s:Interaction {eventId: d.startEventId})
    CREATE (n)-[:STARTED_BY]->(s)
  }
  CALL (n, d) {
    MATCH (l:Interaction {eventId: d.lastEventId})
    CREATE (n)-[:LAST_STEP]->(l)
  }
  RETURN collect(CASE WHEN isNew THEN n.id END) AS detected
}
// The change feed (io.skein.changefeed): DROP_OFF_CLEARED and DROP_OFF_DETECTED, in this transaction.
CALL (c, cleared, detected) {
  UNWIND [x IN cleared | {type: 'DROP_OFF_CLEARED', dropOffId: x.id, kind: x.kind}]
       + [id IN detected | {type: 'DROP_OFF_DETECTED', dropOffId: id, kind: null}] AS change
  OPTIONAL MATCH (d:DropOff {id: change.dropOffId})
  // one change at a time, so each reads the counter the one before it left
  CALL (c, change, d) {
    SET c.changeSeq = coalesce(c.changeSeq, 0) + 1
    CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: c.changeSeq, type: change.type,
                                        at: datetime.transaction(), dropOffId: change.dropOffId,
                                        dropOffKind: coalesce(change.kind, d.kind)})
  }
}
RETURN c.id AS customerId, cleared, detected
