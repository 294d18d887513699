// Steward actions newest first (keyset on at, id); with $customerId only those touching that customer.
MATCH (a:StewardAction)
WHERE ($customerId IS NULL OR any(c IN a.customerIds WHERE c IN $customerIds))
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a {.*} AS action
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
