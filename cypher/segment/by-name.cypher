MATCH (s:Segment {name: $name})
RETURN s.id AS id
