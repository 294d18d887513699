// The active customers a rule matches now, by element id, for a new segment's first evaluation (written
// straight after by enter-first, so the ids are those of the same nodes). __MATCHING__ as in matching.cypher.
__MATCHING__
RETURN elementId(c) AS node
