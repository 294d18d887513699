// Journey messages already sent (send-time learning tests): SENT at msg.sentAt.
UNWIND $messages AS msg
CREATE (:OutboxMessage {key: msg.key, customerId: msg.customerId, channel: msg.channel, purpose: 'MARKETING',
                        status: 'SENT', attempts: 1, createdAt: datetime(msg.sentAt), sentAt: datetime(msg.sentAt),
                        journeyKey: 'earlier', journeyVersion: 1, instanceId: 'earlier-' + msg.key, stepId: 'send'})
