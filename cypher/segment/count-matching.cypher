// How many active customers a rule matches now, without changing membership (a preview). __MATCHING__ is the
// rule compiled by SetCompiler (see matching.cypher).
__MATCHING__
RETURN count(c) AS n
