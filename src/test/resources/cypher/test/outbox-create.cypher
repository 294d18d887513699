// Outbox messages exactly as the journey engine writes them (issue 17's node contract).
UNWIND $messages AS msg
CREATE (:OutboxMessage {key: msg.key, customerId: msg.customerId, channel: msg.channel, recipient: msg.recipient,
                        subject: msg.subject, body: msg.body, purpose: msg.purpose, status: 'PENDING', attempts: 0,
                        nextAttemptAt: datetime(msg.nextAttemptAt), createdAt: datetime(msg.createdAt),
                        journeyKey: msg.journeyKey, journeyVersion: msg.journeyVersion, instanceId: msg.instanceId,
                        stepId: msg.stepId})
