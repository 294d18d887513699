// A fingerprint of the stored data for replay tests: node counts per label set, relationship counts per type.
// The audit log is left out: it records every call, including refused ones, by design; so is the change feed
// (ChangeEvent nodes, io.skein.changefeed), an append-only log of changes too; and the store leases
// (Lease), which say which instance holds what, not what is stored.
CALL () {
  MATCH (n)
  WHERE NOT n:AuditEntry AND NOT n:ChangeEvent AND NOT n:Lease
  WITH n, labels(n) AS ls
  UNWIND ls AS l
  WITH n, l ORDER BY l
  WITH n, collect(l) AS sorted
  RETURN 'node:' + reduce(s = '', l IN sorted | s + ':' + l) AS k, count(*) AS c
  UNION ALL
  MATCH (a)-[r]->()
  WHERE NOT a:AuditEntry AND NOT a:ChangeEvent
  RETURN 'rel:' + type(r) AS k, count(*) AS c
}
RETURN k, c ORDER BY k
