// A full evaluation's exits: the members a rule no longer matches (or no longer active), found in the database.
// __PREDICATE__ is the rule's per-customer predicate (RuleCompiler), the one SetCompiler's matching narrows
// with index-backed entry points; a predicate that cannot be decided (null) does not match, as in the matching.
MATCH (:Segment {id: $segmentId})<-[:IN_SEGMENT]-(c:Customer)
WHERE NOT (c.status = 'ACTIVE' AND coalesce((__PREDICATE__), false))
RETURN c.id AS id
