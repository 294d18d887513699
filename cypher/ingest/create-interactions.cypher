// Stores events on their customers, and remembers each identifier it carried (device, cookie, email...)
// as SEEN_FOR that customer, with first and last sighting and the event that asserted it.
// A customer merged earlier in this same write (its stitching absorbed it) is followed to its survivor, as
// the merge would have moved the interaction had it been stored first. The customer is then write-locked
// before its status is read back: one merged away by a concurrent writer after this transaction read it
// comes back in `stale`, and the caller retries the whole write (as attach-records).
UNWIND $rows AS row
MATCH (named:Customer {id: row.customerId})
CALL (named) {
  // walked from the customer in hand (see identity/holders: no plan may start from the Customer(status) index)
  OPTIONAL MATCH p = (named)-[:MERGED_INTO*1..]->()
  WITH last(nodes(p)) AS s
  RETURN [x IN collect(s) WHERE x:Customer AND x.status = 'ACTIVE'] AS survivors
}
UNWIND CASE WHEN survivors = [] THEN [null] ELSE survivors END AS survivor
WITH row, coalesce(survivor, named) AS c
SET c._lock = true
REMOVE c._lock
CREATE (i:Interaction {eventId: row.eventId})
SET i += row.props
CREATE (i)-[:OF_CUSTOMER]->(c)
WITH i, c, row
CALL (i, c, row) {
  UNWIND row.identifiers AS ident
  MERGE (n:Identifier {key: ident.key})
    ON CREATE SET n.type = ident.type, n.value = ident.value
  FOREACH (_ IN CASE WHEN ident.type = 'EMAIL' THEN [1] ELSE [] END | SET n:Email)
  FOREACH (_ IN CASE WHEN ident.type = 'PHONE' THEN [1] ELSE [] END | SET n:Phone)
  FOREACH (_ IN CASE WHEN ident.type = 'ACCOUNT_NUMBER' THEN [1] ELSE [] END | SET n:AccountNumber)
  FOREACH (_ IN CASE WHEN ident.type = 'DEVICE' THEN [1] ELSE [] END | SET n:Device)
  FOREACH (_ IN CASE WHEN ident.type = 'COOKIE' THEN [1] ELSE [] END | SET n:Cookie)
  MERGE (i)-[:IDENTIFIED_BY]->(n)
  MERGE (n)-[s:SEEN_FOR]->(c)
    ON CREATE SET s.firstSeen = i.at, s.lastSeen = i.at, s.assertedBy = i.eventId
    ON MATCH SET s.firstSeen = CASE WHEN i.at < s.firstSeen THEN i.at ELSE s.firstSeen END,
                 s.lastSeen = CASE WHEN i.at > s.lastSeen THEN i.at ELSE s.lastSeen END
}
RETURN collect(DISTINCT CASE WHEN c.status = 'MERGED' THEN c.id END) AS stale
