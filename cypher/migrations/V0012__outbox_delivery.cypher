// Outbox delivery (io.skein.delivery): due messages are found by status and time, a customer's by id.
// The unique key constraint and the customerId index on OutboxMessage are the journey engine's (V0011).
CREATE INDEX outbox_due IF NOT EXISTS FOR (m:OutboxMessage) ON (m.status, m.nextAttemptAt);
CREATE INDEX outbox_created IF NOT EXISTS FOR (m:OutboxMessage) ON (m.createdAt);
