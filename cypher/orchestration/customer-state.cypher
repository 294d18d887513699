// The customer of an instance followed through merges: the active survivor's id and whether it was erased;
// a device it was seen on (the newest, for push) and the channels whose messages to it bounced since $since.
MATCH (start:Customer {id: $customerId})
OPTIONAL MATCH (start)-[:MERGED_INTO*1..10]->(s:Customer {status: 'ACTIVE'})
WITH coalesce(s, start) AS c
CALL (c) {
  OPTIONAL MATCH (d:Device)-[seen:SEEN_FOR]->(c)
  RETURN d.value AS device ORDER BY seen.lastSeen DESC LIMIT 1
}
CALL (c) {
  OPTIONAL MATCH (x:Interaction {type: 'message_bounced'})-[:OF_CUSTOMER]->(c)
  // delivery's own feedback names the channel messageChannel; a bounce reported by another system, channel
  RETURN collect({channel: toUpper(toString(coalesce(x['prop.messageChannel'], x['prop.channel']))),
                  recipient: x['prop.recipient']}) AS bounced
}
RETURN c.id AS id, c.status = 'ACTIVE' AS active, c.erasedAt IS NOT NULL AS erased, device, bounced
