// Identity resolution: blocking keys, the stored match model, steward decisions and their audit trail.
CREATE CONSTRAINT block_key IF NOT EXISTS FOR (k:BlockKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT match_model_id IF NOT EXISTS FOR (m:MatchModel) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT steward_action_id IF NOT EXISTS FOR (a:StewardAction) REQUIRE a.id IS UNIQUE;
CREATE INDEX steward_action_at IF NOT EXISTS FOR (a:StewardAction) ON (a.at);
CREATE CONSTRAINT ban_id IF NOT EXISTS FOR (b:Ban) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT steward_link_id IF NOT EXISTS FOR (l:StewardLink) REQUIRE l.id IS UNIQUE;
CREATE INDEX interaction_claimed_record IF NOT EXISTS FOR (i:Interaction) ON (i.claimedRecordId);
