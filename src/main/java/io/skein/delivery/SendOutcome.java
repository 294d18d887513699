package io.skein.delivery;

/**
 * What became of one send: ACCEPTED by the provider; RETRY (a failure that may pass: a timeout, a 5xx, a
 * refused connection); BOUNCED (the recipient was refused for good, an SMTP 5xx: FAILED, the engine falls
 * back); REJECTED (the provider refused the request for good, an HTTP 4xx: DEAD). {@code detail} is the
 * provider's answer, masked before it is stored.
 */
public record SendOutcome(Kind kind, String detail) {

	public enum Kind {

		ACCEPTED, RETRY, BOUNCED, REJECTED

	}

	public static SendOutcome accepted() {
		return new SendOutcome(Kind.ACCEPTED, null);
	}

	public static SendOutcome retry(String detail) {
		return new SendOutcome(Kind.RETRY, detail);
	}

	public static SendOutcome bounced(String detail) {
		return new SendOutcome(Kind.BOUNCED, detail);
	}

	public static SendOutcome rejected(String detail) {
		return new SendOutcome(Kind.REJECTED, detail);
	}

}
