// Recomputes the precomputed facts of some customers (io.skein.segment.CustomerFacts), which fact-backed rules
// read instead of traversing: the open accounts held (one entry per distinct account, ordered by product
// code and number: factProducts[k] its product code, factBalances[k] its balance as a number, 0 when none),
// their count and total (factAccounts, factPortfolio), the time of the latest interaction (factLastEventAt)
// and the first date an account held now closes (factsUntil: from then on the facts are stale). A customer
// with no records (merged away, erased) gets empty facts. Open means as the rules say: no closedAt, or
// closedAt after $today.
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})
CALL (c) {
  OPTIONAL MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HOLDS]->(a:Account)
  WITH DISTINCT a
  WHERE a IS NOT NULL AND (a.closedAt IS NULL OR a.closedAt > $today)
  WITH a ORDER BY a.productCode, a.number
  RETURN collect(coalesce(a.productCode, '')) AS products,
         collect(coalesce(toFloatOrNull(a.balance), 0.0)) AS balances,
         min(a.closedAt) AS until
}
CALL (c) {
  OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
  RETURN max(i.at) AS last
}
SET c.factProducts = products, c.factBalances = balances, c.factAccounts = size(products),
    c.factPortfolio = reduce(total = 0.0, b IN balances | total + b), c.factsUntil = until,
    c.factLastEventAt = last
RETURN count(c) AS n
