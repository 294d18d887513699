// Every customer's journey messages that went out (SENT or FAILED) by channel and local hour ($zone), and how
// many of them an engagement event ($openTypes) names: the population prior of send-time learning.
CALL {
  MATCH (m:OutboxMessage)
  WHERE m.status IN ['SENT', 'FAILED'] AND coalesce(m.sentAt, m.createdAt) IS NOT NULL
  RETURN m.channel AS channel, datetime({datetime: coalesce(m.sentAt, m.createdAt), timezone: $zone}).hour AS hour,
         count(*) AS sends, 0 AS opens
  UNION ALL
  MATCH (x:Interaction)
  WHERE x.type IN $openTypes AND x['prop.messageKey'] IS NOT NULL
  WITH DISTINCT toString(x['prop.messageKey']) AS key
  MATCH (m:OutboxMessage {key: key})
  WHERE m.status IN ['SENT', 'FAILED'] AND coalesce(m.sentAt, m.createdAt) IS NOT NULL
  RETURN m.channel AS channel, datetime({datetime: coalesce(m.sentAt, m.createdAt), timezone: $zone}).hour AS hour,
         0 AS sends, count(*) AS opens
}
RETURN channel, hour, sum(sends) AS sends, sum(opens) AS opens
