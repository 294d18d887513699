// Adds the next version of a locked journey; earlier versions stay.
MATCH (j:Journey {key: $key})
SET j.latest = $version
CREATE (j)-[:VERSION]->(:JourneyVersion {journey: $key, version: $version, definition: $definition, definedAt: $now,
                                         definedBy: $definedBy})
