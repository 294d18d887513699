package io.skein.consent;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One statement of consent as received: the customer said {@code state} for {@code channel} and
 * {@code purpose} at {@code at}, as {@code source} reports, with {@code proof} a reference (a form id, a
 * call recording ref) or null. Use {@link #sourceProblem} and {@link #proofProblem} on input first.
 */
public record ConsentStatement(String customerId, ConsentChannel channel, ConsentPurpose purpose, ConsentState state,
		String source, Instant at, String proof) {

	/** Longest source name. */
	static final int MAX_SOURCE = 64;

	/** Longest proof reference. */
	static final int MAX_PROOF = 128;

	private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._:/#-]*");

	/** No spaces, no '@' or '+': a reference, not a sentence, an e-mail address or a phone number in +91 form. */
	private static final Pattern PROOF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]*");

	/** The key of the current-state node: one per customer node, channel and purpose. */
	String key() {
		return key(this.customerId, this.channel, this.purpose);
	}

	static String key(String customerId, ConsentChannel channel, ConsentPurpose purpose) {
		return customerId + "|" + channel + "|" + purpose;
	}

	/** Why a source cannot be stored, or null. */
	static String sourceProblem(String source) {
		if (source == null || source.isBlank()) {
			return "must not be blank: name the system or form the consent came from, e.g. mobile_app";
		}
		if (source.length() > MAX_SOURCE) {
			return "is " + source.length() + " characters, over the limit of " + MAX_SOURCE;
		}
		if (!SOURCE.matcher(source).matches()) {
			return "may hold letters, digits, spaces and . _ : / # - only, starting with a letter or digit";
		}
		return null;
	}

	/** Why a proof reference cannot be stored, or null; absent proof is allowed. */
	static String proofProblem(String proof) {
		if (proof == null) {
			return null;
		}
		if (proof.length() > MAX_PROOF) {
			return "is " + proof.length() + " characters, over the limit of " + MAX_PROOF;
		}
		if (!PROOF.matcher(proof).matches()) {
			return "must be a reference (a form id, a recording ref) of letters, digits and . _ : / # - only, "
					+ "no spaces or personal data";
		}
		return null;
	}

}
