// Consent: one current-state node per customer node, channel and purpose.
CREATE CONSTRAINT consent_key IF NOT EXISTS FOR (k:Consent) REQUIRE k.key IS UNIQUE;
