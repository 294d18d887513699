// Journey instances (io.skein.orchestration): at most one running instance per (journey, customer), held by
// activeKey (journeyKey:customerId, removed when the instance ends); one instance per trigger occurrence
// (triggerKey), so a scan enrols idempotently; one outbox message per (instance, step, visit) key.
CREATE CONSTRAINT journey_instance_id IF NOT EXISTS FOR (i:JourneyInstance) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT journey_instance_active IF NOT EXISTS FOR (i:JourneyInstance) REQUIRE i.activeKey IS UNIQUE;
CREATE CONSTRAINT journey_instance_trigger IF NOT EXISTS FOR (i:JourneyInstance) REQUIRE i.triggerKey IS UNIQUE;
CREATE INDEX journey_instance_due IF NOT EXISTS FOR (i:JourneyInstance) ON (i.status, i.dueAt);
CREATE INDEX journey_instance_customer IF NOT EXISTS FOR (i:JourneyInstance) ON (i.customerId);
CREATE INDEX journey_step_run_customer IF NOT EXISTS FOR (r:JourneyStepRun) ON (r.customerId, r.channel);
CREATE CONSTRAINT outbox_message_key IF NOT EXISTS FOR (m:OutboxMessage) REQUIRE m.key IS UNIQUE;
CREATE INDEX outbox_message_customer IF NOT EXISTS FOR (m:OutboxMessage) ON (m.customerId);
// Leases: one node per name, taken and renewed by a conditional write (several Skein instances, one worker).
CREATE CONSTRAINT lease_name IF NOT EXISTS FOR (l:Lease) REQUIRE l.name IS UNIQUE;
