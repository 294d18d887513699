// Messages the journeys sent the customer on a channel for a purpose since $since (frequency caps).
MATCH (r:JourneyStepRun {customerId: $customerId, channel: $channel})
WHERE r.outcome = 'SENT' AND r.purpose = $purpose AND r.at >= $since
RETURN count(r) AS sent
