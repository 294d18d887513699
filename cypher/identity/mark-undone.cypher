// Marks a steward action as undone by another.
MATCH (a:StewardAction {id: $id})
SET a.undoneBy = $undoneBy
RETURN a.id AS id
