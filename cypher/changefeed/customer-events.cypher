// The change events kept for a customer, in seq order (for tests and support).
MATCH (e:ChangeEvent {customerId: $customerId})
RETURN properties(e) AS event
ORDER BY e.seq
