UNWIND $ids AS id
MATCH (s:Segment {id: id})
RETURN s.id AS id, s.name AS name, s.description AS description, s.kind AS kind, s.persona AS persona,
       s.rule AS rule, s.expression AS expression, s.dependsOn AS dependsOn, s.createdAt AS createdAt
