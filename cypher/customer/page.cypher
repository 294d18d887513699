// A page of active customers, oldest first, resuming after the (createdAt, id) of the last one seen;
// $limit is one more than the page so the caller knows whether another page follows.
CALL () {
  MATCH (c:Customer {status: 'ACTIVE'})
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Customer {status: 'ACTIVE'})
  WHERE $afterCreatedAt IS NULL
     OR c.createdAt > $afterCreatedAt
     OR (c.createdAt = $afterCreatedAt AND c.id > $afterId)
  WITH c
  ORDER BY c.createdAt, c.id
  LIMIT $limit
  RETURN collect(c {.id, .kind, .createdAt}) AS page
}
RETURN total, page
