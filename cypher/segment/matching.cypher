// The ids of the active customers a rule matches now, for a full evaluation. __MATCHING__ is the rule compiled
// by SetCompiler: index-backed entry points where the rule has them, the per-customer predicate for the rest;
// it yields each matching customer c once.
__MATCHING__
RETURN c.id AS id
