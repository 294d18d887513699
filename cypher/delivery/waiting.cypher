// Messages waiting per channel (PENDING or SENDING), for the health report.
MATCH (m:OutboxMessage)
WHERE m.status IN ['PENDING', 'SENDING']
RETURN m.channel AS channel, count(*) AS waiting
