// A steward ban (kind BAN) that already keeps every record on one side apart from every record on the
// other, either way round: banning the same two sides again adds nothing. Steward-scale: bans are few.
MATCH (b:Ban {kind: 'BAN'})-[:LEFT|RIGHT]->(:SourceRecord {id: $left[0]})
WITH DISTINCT b, COLLECT { MATCH (b)-[:LEFT]->(r) RETURN r.id } AS l, COLLECT { MATCH (b)-[:RIGHT]->(r) RETURN r.id } AS r
WHERE (all(x IN $left WHERE x IN l) AND all(x IN $right WHERE x IN r))
   OR (all(x IN $left WHERE x IN r) AND all(x IN $right WHERE x IN l))
RETURN b.id AS banId, b.actionId AS actionId
LIMIT 1
