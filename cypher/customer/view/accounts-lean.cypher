// Part of the customer view: the accounts as customer/view/accounts reads them, without the record that
// asserted each holding (its payload is most of what that block reads); for requests not selecting
// Account.assertedBy.
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)-[h:HOLDS]->(a:Account)
  WITH a, r, h
  ORDER BY r.receivedAt DESC, r.source, r.sourceId
  WITH a, collect(h)[0] AS h
  OPTIONAL MATCH (a)-[:OF_PRODUCT]->(p:Product)
  WHERE h.productCode IS NULL OR p.code = h.productCode
  WITH a, h, collect(p)[0] AS p
  ORDER BY a.number
  RETURN collect({accountNumber: a.number,
                  openedAt: coalesce(h.openedAt, a.openedAt),
                  closedAt: coalesce(h.closedAt, a.closedAt),
                  balance: coalesce(h.balance, a.balance),
                  currency: coalesce(h.currency, a.currency),
                  product: p {.code, .name, .category}}) AS accounts
}
