// The accounts a batch of customers hold through their source records, one row per account number:
// the holding as asserted by the most recent record (its terms, its product, the record itself).
UNWIND $ids AS customerId
MATCH (:Customer {id: customerId})<-[:BELONGS_TO]-(r:SourceRecord)-[h:HOLDS]->(a:Account)
WITH customerId, a, r, h
ORDER BY r.receivedAt DESC, r.source, r.sourceId
WITH customerId, a, collect({record: r, holds: h})[0] AS latest
WITH customerId, a, latest.record AS r, latest.holds AS h
OPTIONAL MATCH (a)-[:OF_PRODUCT]->(p:Product)
WHERE h.productCode IS NULL OR p.code = h.productCode
WITH customerId, a, r, h, collect(p)[0] AS p
RETURN customerId,
       a.number AS accountNumber,
       coalesce(h.openedAt, a.openedAt) AS openedAt,
       coalesce(h.closedAt, a.closedAt) AS closedAt,
       coalesce(h.balance, a.balance) AS balance,
       coalesce(h.currency, a.currency) AS currency,
       p {.code, .name, .category} AS product,
       r {.id, .source, .sourceId, .receivedAt, .payload, .warnings} AS record
ORDER BY customerId, accountNumber
