// Declared sources, most trusted (lowest rank) first.
MATCH (s:DeclaredSource)
RETURN s.name AS name, s.rank AS rank, s.declaredAt AS declaredAt, s.declaredBy AS declaredBy
ORDER BY s.rank, s.name
