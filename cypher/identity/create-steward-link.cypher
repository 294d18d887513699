// A steward merge as a must-link: these records stay together in every future resolution.
CREATE (l:StewardLink {id: $linkId, actionId: $actionId, at: $now})
WITH l
UNWIND $recordIds AS recordId
MATCH (r:SourceRecord {id: recordId})
CREATE (l)-[:JOINS]->(r)
RETURN count(*) AS joined
