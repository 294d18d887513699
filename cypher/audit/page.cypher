// A page of the audit log, newest first, resuming after ($afterAt, $afterId).
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.role AS role, a.method AS method, a.action AS action,
       a.arguments AS arguments, a.outcome AS outcome, a.errorCount AS errorCount,
       a.remoteAddress AS remoteAddress, a.operationName AS operationName
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
