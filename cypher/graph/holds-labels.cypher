// Bulk load: how many nodes of the given labels the store holds (a bulk load carries the rest over, and must
// not carry a node of a label it writes itself: a uniqueness constraint would refuse the two).
UNWIND $labels AS label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS nodes
}
RETURN label, nodes
