// The oldest unpublished change events: of the customers owning the $scan oldest pending events (index-backed
// order on PendingChange.at, so a round costs the same whatever the backlog), the $customers whose oldest is
// oldest, and of each its first $perCustomer pending events in seq order (so a customer's events never overtake
// each other across rounds). Rows come customer by customer, each in seq order.
MATCH (e:PendingChange)
WHERE e.at IS NOT NULL
WITH e ORDER BY e.at
LIMIT $scan
WITH e.customerId AS customerId, min(e.at) AS first
ORDER BY first, customerId
LIMIT $customers
CALL (customerId) {
  MATCH (p:PendingChange {customerId: customerId})
  WITH p ORDER BY p.seq
  LIMIT $perCustomer
  RETURN p
}
RETURN properties(p) AS event
ORDER BY first, customerId, p.seq
