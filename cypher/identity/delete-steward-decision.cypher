// Removes a ban or steward link (when its action is undone).
OPTIONAL MATCH (b:Ban {id: $id})
DETACH DELETE b
WITH 1 AS done
OPTIONAL MATCH (l:StewardLink {id: $id})
DETACH DELETE l
RETURN count(*) AS removed
