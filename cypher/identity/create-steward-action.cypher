// The audit record of a steward action.
CREATE (a:StewardAction {id: $id, type: $type, actor: $actor, reason: $reason, at: $now, before: $before,
                         after: $after, customerIds: $customerIds, undoes: $undoes})
RETURN a.id AS id
