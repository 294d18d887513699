// A page of journey instances, newest entry first, filtered by journey, customer and status, resuming after
// ($afterAt, $afterId).
MATCH (i:JourneyInstance)
WHERE ($journey IS NULL OR i.journeyKey = $journey)
  AND ($customerId IS NULL OR i.customerId = $customerId)
  AND ($status IS NULL OR i.status = $status)
  AND ($afterAt IS NULL OR i.enteredAt < $afterAt OR (i.enteredAt = $afterAt AND i.id < $afterId))
RETURN i AS instance
ORDER BY i.enteredAt DESC, i.id DESC
LIMIT $limit
