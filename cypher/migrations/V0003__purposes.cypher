// Purposes, drop-offs and the lookups funnels and next-best offers rely on.
CREATE CONSTRAINT purpose_id IF NOT EXISTS FOR (p:Purpose) REQUIRE p.id IS UNIQUE;
CREATE INDEX purpose_type_stage IF NOT EXISTS FOR (p:Purpose) ON (p.type, p.stage);
CREATE CONSTRAINT drop_off_id IF NOT EXISTS FOR (d:DropOff) REQUIRE d.id IS UNIQUE;
CREATE INDEX drop_off_kind IF NOT EXISTS FOR (d:DropOff) ON (d.kind, d.lastStepAt);
CREATE INDEX drop_off_last_step IF NOT EXISTS FOR (d:DropOff) ON (d.lastStepAt);
CREATE INDEX interaction_type IF NOT EXISTS FOR (i:Interaction) ON (i.type);
