package io.skein.consent;

import java.time.Instant;

/**
 * Whether a message may go out now; when not, why, and for quiet hours the earliest instant it may.
 *
 * @param allowed true when nothing holds the message back
 * @param reason null when allowed, else e.g. "quiet hours 21:00-09:00 Asia/Kolkata"
 * @param notBefore when a held message may be tried again (end of quiet hours), or null
 */
public record ContactDecision(boolean allowed, String reason, Instant notBefore) {

	static final ContactDecision ALLOWED = new ContactDecision(true, null, null);

}
