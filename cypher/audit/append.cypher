// Appends audit entries; entries are never updated or deleted by the application.
UNWIND $entries AS e
CREATE (a:AuditEntry)
SET a = e
