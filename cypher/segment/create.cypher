// Creates a segment or audience; fails on the unique id or name constraint when one exists.
CREATE (s:Segment {id: $id, name: $name, kind: $kind, persona: $persona, rule: $rule, dependsOn: $dependsOn,
                   createdAt: $now, shipped: $shipped})
SET s.description = $description, s.expression = $expression
FOREACH (_ IN CASE WHEN $kind = 'AUDIENCE' THEN [1] ELSE [] END | SET s:Audience)
WITH s
UNWIND $dependsOn AS dependency
MATCH (d:Segment {id: dependency})
MERGE (s)-[:DEPENDS_ON]->(d)
RETURN count(*) AS links
