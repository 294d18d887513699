// One steward action by id.
MATCH (a:StewardAction {id: $id})
RETURN a {.*} AS action
