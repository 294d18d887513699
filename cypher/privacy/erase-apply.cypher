// Removes a customer's personal data in one transaction (see privacy.graphqls, eraseCustomer). Records
// keep their id, source and sourceId (so they still belong to the customer and replays stay idempotent)
// and get a tombstone payload; interactions, purposes, drop-offs, segment memberships and their history,
// household memberships, consents and journey messages (outbox) are deleted, on the customer and on the customers merged into it ($customers).
MATCH (target:Customer {id: $customerId})
CALL (target) {
  MATCH (r:SourceRecord)-[:BELONGS_TO]->(target)
  SET r = {id: r.id, source: r.source, sourceId: r.sourceId, receivedAt: r.receivedAt, firstSeenAt: r.firstSeenAt,
           payload: $tombstone, payloadHash: 'erased:' + $erasureId, warnings: [], erasedAt: $at}
  WITH r
  CALL (r) {
    OPTIONAL MATCH (r)-[h:HAS_IDENTIFIER|HOLDS|MATCHED]-()
    DELETE h
  }
  // Blocking keys are built from names, dates and postcodes: they go too, with any key no one else shares.
  CALL (r) {
    OPTIONAL MATCH (r)-[bk:HAS_BLOCK_KEY]->(k:BlockKey)
    DELETE bk
    WITH k
    WHERE k IS NOT NULL AND NOT EXISTS { (k)--() }
    DELETE k
  }
}
// The behavioural timeline goes whole: the interactions and their links (a replay carrying the erased
// identifiers is refused), and the customer's segment memberships.
CALL () {
  MATCH (x:Customer) WHERE x.id IN $customers
  CALL (x) {
    MATCH (i:Interaction|Purpose|DropOff)-[:OF_CUSTOMER]->(x)
    DETACH DELETE i
  }
  CALL (x) {
    MATCH (ev:SegmentEvent)-[:FOR_CUSTOMER]->(x)
    DETACH DELETE ev
  }
  CALL (x) {
    MATCH (x)-[m:IN_SEGMENT|MEMBER_OF]->()
    DELETE m
  }
  // The segment facts kept on the customer (io.skein.segment.CustomerFacts) go too; a later full evaluation
  // recomputes them from what is left.
  CALL (x) {
    REMOVE x.factProducts, x.factBalances, x.factAccounts, x.factPortfolio, x.factsUntil, x.factLastEventAt
  }
  // Journey messages to them (addresses, names in the texts) leave the outbox, sent or not (one not yet sent
  // never goes); their journeys end at the engine's next run.
  CALL (x) {
    MATCH (m:OutboxMessage {customerId: x.id})
    DETACH DELETE m
  }
  // Consents and their history: an erased customer is contacted by nothing and leaves no proof behind.
  CALL (x) {
    MATCH (x)-[:HAS_CONSENT]->(k:Consent)
    OPTIONAL MATCH (k)-[:STATEMENT]->(st:ConsentStatement)
    DETACH DELETE k, st
  }
}
CALL (target) {
  OPTIONAL MATCH (:Identifier)-[s:SEEN_FOR]->(target)
  DELETE s
}
CALL () {
  UNWIND $identifierKeys AS key
  MATCH (n:Identifier {key: key})
  WHERE NOT (n)--()
  DELETE n
}
CALL () {
  UNWIND $accounts AS number
  MATCH (a:Account {number: number})
  WHERE NOT ()-[:HOLDS]->(a)
  DETACH DELETE a
}
CALL () {
  UNWIND $hashes AS h
  MERGE (x:ErasedIdentifier {hash: h})
    ON CREATE SET x.at = $at
}
// Steward actions on the customer (or on one merged into it, or naming one of its records or of the
// identifiers only it used) keep who, what, when and why, not the snapshots of what it held (identifier
// values among them); such an action can no longer be undone.
CALL () {
  MATCH (a:StewardAction)
  WHERE any(id IN a.customerIds WHERE id IN $customers)
     OR any(k IN $records + $exclusive WHERE a.before CONTAINS k OR a.after CONTAINS k)
  SET a.before = '{"erased":true}', a.after = '{"erased":true}', a.erasedAt = $at
}
SET target.erasedAt = $at, target.updatedAt = $at
CREATE (e:Erasure {id: $erasureId, at: $at, reason: $reason, actor: $actor, customerId: target.id,
                   recordCount: $recordCount, interactionCount: $interactionCount,
                   erasedIdentifierCount: size($hashes)})
CREATE (e)-[:ERASED]->(target)
// The change feed's ERASED event: ids only, no personal data (io.skein.changefeed).
SET target.changeSeq = coalesce(target.changeSeq, 0) + 1
CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: target.id, seq: target.changeSeq, type: 'ERASED',
                                    at: datetime.transaction(), erasureId: e.id,
                                    absorbedIds: [x IN $customers WHERE x <> target.id]})
RETURN e.id AS id
