// Removes a customer's personal data in one transaction (see privacy.graphqls, eraseCustomer). Records
// keep their id, source and sourceId (so they still belong to the customer and replays stay idempotent)
// and get a tombstone payload; interactions and segment memberships are deleted.
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
CALL (target) {
  MATCH (i:Interaction)-[:OF_CUSTOMER]->(target)
  DETACH DELETE i
}
CALL (target) {
  MATCH (target)-[m:IN_SEGMENT]->(:Segment)
  DELETE m
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
// Steward actions on the customer keep who, what, when and why, not the snapshots of what it held
// (identifier values among them); such an action can no longer be undone.
CALL (target) {
  MATCH (a:StewardAction)
  WHERE target.id IN a.customerIds
  SET a.before = '{"erased":true}', a.after = '{"erased":true}', a.erasedAt = $at
}
SET target.erasedAt = $at, target.updatedAt = $at
CREATE (e:Erasure {id: $erasureId, at: $at, reason: $reason, actor: $actor, customerId: target.id,
                   recordCount: $recordCount, interactionCount: $interactionCount,
                   erasedIdentifierCount: size($hashes)})
CREATE (e)-[:ERASED]->(target)
RETURN e.id AS id
