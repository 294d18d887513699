package io.skein.delivery;

import java.time.Instant;

/**
 * One {@code (:OutboxMessage)} as read from the store: what the engine wrote and what delivery added
 * (claim, {@code sentAt}, {@code lastError}, {@code failureReason}). {@code recipient} and {@code body} are
 * PII: GraphQL masks them below STEWARD and they are never logged.
 */
public record OutboxMessage(String key, String customerId, OutboxChannel channel, String recipient, String subject,
		String body, String purpose, OutboxStatus status, int attempts, Instant nextAttemptAt, Instant createdAt,
		Instant sentAt, String lastError, String failureReason, String claimedBy, Instant claimUntil, String journeyKey,
		Long journeyVersion, String instanceId, String stepId) {

	/** How it reads in logs: the key and channel, never the recipient or the text. */
	@Override
	public String toString() {
		return "OutboxMessage[" + this.key + ", " + this.channel + ", " + this.status + "]";
	}

}
