/**
 * The audit trail: every executed mutation field becomes one append-only {@code (:AuditEntry)} naming
 * the caller and its role, the mutation and a PII-free summary of its arguments, the time, the remote
 * address and the outcome. Requests refused before GraphQL (401, 403) are audited too, as
 * {@code AUTHENTICATION_FAILED} or {@code ACCESS_DENIED}, up to an allowance per address and minute.
 * Admins read it through {@code auditLog}.
 */
package io.skein.audit;
