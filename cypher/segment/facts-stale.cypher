// Customers whose facts are missing (all of them scanned, only when some are: see facts-counts) or stale
// (an account they hold has closed since: index on factsUntil).
CALL () {
  MATCH (c:Customer) WHERE $scan AND c.factAccounts IS NULL
  RETURN c.id AS id
  UNION
  MATCH (c:Customer) WHERE c.factsUntil <= $today
  RETURN c.id AS id
}
RETURN id
