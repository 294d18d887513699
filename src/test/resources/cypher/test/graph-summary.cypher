// A fingerprint of the whole graph for replay tests: node counts per label set, relationship counts per type.
CALL () {
  MATCH (n)
  WITH n, labels(n) AS ls
  UNWIND ls AS l
  WITH n, l ORDER BY l
  WITH n, collect(l) AS sorted
  RETURN 'node:' + reduce(s = '', l IN sorted | s + ':' + l) AS k, count(*) AS c
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'rel:' + type(r) AS k, count(*) AS c
}
RETURN k, c ORDER BY k
