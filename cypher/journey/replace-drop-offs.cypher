// Sets the drop-offs of a batch of customers to those just detected: new ones are created (detectedAt
// = $now) with STARTED_BY and LAST_STEP edges to their interactions, known ones updated, the rest
// deleted (also any left on customers since merged into them). Returns, per customer, the ids created
// and the drop-offs deleted, so the caller can publish DropOffDetected and DropOffCleared.
// The old drop-offs are reached from the customer in hand (the far node taken with startNode, so no DropOff
// label scan can be planned): compiled while the store held no drop-off, a plan starting from every DropOff
// read them all for each customer for as long as it stayed cached (1.7 s a call at the end of a 20k import).
UNWIND $customers AS row
MATCH (c:Customer {id: row.customerId})
CALL (c) {
  MATCH (c)<-[:MERGED_INTO*1..5]-(m)
  MATCH (m)<-[o:OF_CUSTOMER]-()
  WITH m, startNode(o) AS old
  WHERE m:Customer AND old:DropOff
  DETACH DELETE old
}
CALL (c, row) {
  MATCH (c)<-[o:OF_CUSTOMER]-()
  WITH row, startNode(o) AS old
  WHERE old:DropOff AND NOT old.id IN [d IN row.dropOffs | d.id]
  WITH old, old.id AS id, old.kind AS kind
  DETACH DELETE old
  RETURN collect({id: id, kind: kind}) AS cleared
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
