/**
 * The audit trail: every executed mutation field becomes one append-only {@code (:AuditEntry)} naming
 * the caller and its role, the mutation and a PII-free summary of its arguments, the time, the remote
 * address and the outcome. Admins read it through {@code auditLog}.
 */
package io.skein.audit;
