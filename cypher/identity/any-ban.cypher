// Whether any steward ban or split exists (from the count store: constant time). Most stores have none,
// and then no stitch needs to look for bans.
MATCH (b:Ban)
RETURN count(b) > 0 AS any
