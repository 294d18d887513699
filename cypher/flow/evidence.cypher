// What the graph already knows for a digital journey, for one customer followed through merges to the active
// survivor: the newest KYC_completed event, the salary credits of the last $incomeSince (count and newest),
// and the open accounts with the source record that holds them.
MATCH (start:Customer {id: $customerId})
OPTIONAL MATCH (start)-[:MERGED_INTO*1..10]->(s:Customer {status: 'ACTIVE'})
WITH coalesce(s, start) AS c
CALL (c) {
  OPTIONAL MATCH (x:Interaction {type: 'KYC_completed'})-[:OF_CUSTOMER]->(c)
  RETURN x.at AS kycAt, x.channel AS kycChannel, x['prop.method'] AS kycMethod ORDER BY x.at DESC LIMIT 1
}
CALL (c) {
  OPTIONAL MATCH (x:Interaction {type: 'Salary_credited'})-[:OF_CUSTOMER]->(c)
  WHERE x.at >= $incomeSince
  RETURN count(x) AS salaryCredits, max(x.at) AS lastSalaryAt
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)-[h:HOLDS]->(a:Account)
  WITH r, coalesce(h.productCode, a.productCode) AS product, coalesce(h.closedAt, a.closedAt) AS closedAt,
       coalesce(h.openedAt, a.openedAt) AS openedAt
  WHERE r IS NOT NULL AND product IS NOT NULL AND (closedAt IS NULL OR toString(closedAt) > $today)
  ORDER BY product, r.source
  RETURN collect({productCode: product, source: r.source, openedAt: toString(openedAt)}) AS accounts
}
RETURN c.id AS customerId, c.status = 'ACTIVE' AS active, kycAt, kycChannel, kycMethod, salaryCredits, lastSalaryAt,
       accounts
