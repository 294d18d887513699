package io.skein.delivery;

/**
 * Where a message is: PENDING (waiting for {@code nextAttemptAt}), SENDING (claimed by an instance until
 * {@code claimUntil}), SENT (the provider accepted it), FAILED (refused for good, e.g. a hard bounce: the
 * engine may fall back to another channel), DEAD (the dead letter: retries used up, or a permanent refusal
 * by a webhook).
 */
public enum OutboxStatus {

	PENDING, SENDING, SENT, FAILED, DEAD

}
