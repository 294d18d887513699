// journeyReport: the outbox messages of journey $journey's instances that entered in [$from, $to), by channel
// and status (joined through instanceId; found by the customerId index).
MATCH (i:JourneyInstance {journeyKey: $journey})
WHERE ($from IS NULL OR i.enteredAt >= $from) AND ($to IS NULL OR i.enteredAt < $to)
MATCH (m:OutboxMessage {customerId: i.customerId})
WHERE m.instanceId = i.id
RETURN m.channel AS channel, m.status AS status, count(*) AS count
ORDER BY channel, status
