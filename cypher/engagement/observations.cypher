// Per customer of $ids (and customers merged into it): each of their journey messages that went out (SENT, or
// FAILED: bounced or refused, a send that was not opened), its channel, the local hour ($zone) it went at, and
// whether an engagement event ($openTypes: message_opened, message_clicked, converted) names its key.
UNWIND $ids AS customerId
MATCH (c:Customer {id: customerId})
OPTIONAL MATCH (merged:Customer)-[:MERGED_INTO*1..10]->(c)
WITH customerId, c, [customerId] + collect(merged.id) AS ids
CALL (c) {
  OPTIONAL MATCH (x:Interaction)-[:OF_CUSTOMER]->(c)
  WHERE x.type IN $openTypes AND x['prop.messageKey'] IS NOT NULL
  RETURN collect(DISTINCT toString(x['prop.messageKey'])) AS opened
}
MATCH (m:OutboxMessage)
WHERE m.customerId IN ids AND m.status IN ['SENT', 'FAILED'] AND coalesce(m.sentAt, m.createdAt) IS NOT NULL
RETURN customerId, m.channel AS channel,
       datetime({datetime: coalesce(m.sentAt, m.createdAt), timezone: $zone}).hour AS hour, m.key IN opened AS opened
