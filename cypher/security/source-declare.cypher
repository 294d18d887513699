// Declares a source (or changes its rank): the first declaration's time and admin are kept.
MERGE (s:DeclaredSource {name: $name})
  ON CREATE SET s.declaredAt = $at, s.declaredBy = $by
SET s.rank = $rank
RETURN s.name AS name, s.rank AS rank, s.declaredAt AS declaredAt, s.declaredBy AS declaredBy
