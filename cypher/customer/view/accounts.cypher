// Part of the customer view: the accounts the customer holds through their source records, one per account
// number: the holding as asserted by the most recent record (its terms, its product, the record itself).
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)-[h:HOLDS]->(a:Account)
  WITH a, r, h
  ORDER BY r.receivedAt DESC, r.source, r.sourceId
  WITH a, collect({record: r, holds: h})[0] AS latest
  WITH a, latest.record AS r, latest.holds AS h
  OPTIONAL MATCH (a)-[:OF_PRODUCT]->(p:Product)
  WHERE h.productCode IS NULL OR p.code = h.productCode
  WITH a, r, h, collect(p)[0] AS p
  ORDER BY a.number
  RETURN collect({accountNumber: a.number,
                  openedAt: coalesce(h.openedAt, a.openedAt),
                  closedAt: coalesce(h.closedAt, a.closedAt),
                  balance: coalesce(h.balance, a.balance),
                  currency: coalesce(h.currency, a.currency),
                  product: p {.code, .name, .category},
                  record: r {.id, .source, .sourceId, .receivedAt, .payload, .warnings}}) AS accounts
}
