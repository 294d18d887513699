MATCH (s:Segment)
RETURN s.id AS id, s.name AS name, s.description AS description, s.kind AS kind, s.persona AS persona,
       s.rule AS rule, s.expression AS expression, s.dependsOn AS dependsOn, s.createdAt AS createdAt
ORDER BY s.createdAt, s.id
