// Journey definitions (io.skein.orchestration): one Journey per key, one JourneyVersion per change.
CREATE CONSTRAINT journey_key IF NOT EXISTS FOR (j:Journey) REQUIRE j.key IS UNIQUE;
CREATE CONSTRAINT journey_version IF NOT EXISTS FOR (v:JourneyVersion) REQUIRE (v.journey, v.version) IS UNIQUE;
