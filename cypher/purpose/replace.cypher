// Replaces the purposes of a batch of customers with those just discovered, each with its EVIDENCE
// edges to interactions (and a PURPOSE_STAGE_CHANGED ChangeEvent per purpose new or at another stage) and, for a conversion seen in the ledger, CONVERTED_TO the account. Purposes
// left on customers since merged into one of them go too. Idempotent: the same input, the same graph.
UNWIND $customers AS row
MATCH (c:Customer {id: row.customerId})
CALL (c) {
  OPTIONAL MATCH (old:Purpose)-[:OF_CUSTOMER]->(c)
  WITH old, CASE WHEN old IS NULL THEN null ELSE {id: old.id, stage: old.stage} END AS before
  DETACH DELETE old
  RETURN collect(before) AS before
}
CALL (c) {
  OPTIONAL MATCH (old:Purpose)-[:OF_CUSTOMER]->(:Customer)-[:MERGED_INTO*1..5]->(c)
  DETACH DELETE old
}
CALL (c, row) {
  UNWIND row.purposes AS p
  CREATE (n:Purpose {id: p.id})
  SET n += p.props
  CREATE (n)-[:OF_CUSTOMER]->(c)
  WITH n, p
  CALL (n, p) {
    UNWIND p.evidence AS e
    MATCH (i:Interaction {eventId: e.eventId})
    CREATE (n)-[:EVIDENCE {role: e.role, stage: e.stage, weight: e.weight, reason: e.reason}]->(i)
  }
  CALL (n, p) {
    UNWIND p.accounts AS number
    MATCH (a:Account {number: number})
    CREATE (n)-[:CONVERTED_TO]->(a)
  }
}
// The change feed (io.skein.changefeed): PURPOSE_STAGE_CHANGED for each purpose new or at another stage.
CALL (c, row, before) {
  UNWIND row.purposes AS p
  WITH c, p, [b IN before WHERE b.id = p.id | b.stage][0] AS was
  WHERE was IS NULL OR was <> p.props.stage
  // one purpose at a time, so each reads the counter the one before it left
  CALL (c, p, was) {
    SET c.changeSeq = coalesce(c.changeSeq, 0) + 1
    CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: c.changeSeq,
                                        type: 'PURPOSE_STAGE_CHANGED', at: datetime.transaction(), purposeId: p.id,
                                        purposeType: p.props.type, fromStage: was, toStage: p.props.stage})
  }
}
RETURN count(*) AS customers
