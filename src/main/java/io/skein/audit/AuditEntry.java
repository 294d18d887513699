package io.skein.audit;

import java.time.ZonedDateTime;

/** One audited mutation call, as stored in {@code (:AuditEntry)}. */
public record AuditEntry(String id, ZonedDateTime at, String actor, String role, String method, String action,
		String arguments, String outcome, int errorCount, String remoteAddress, String operationName) {
}
