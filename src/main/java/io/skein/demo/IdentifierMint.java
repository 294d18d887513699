package io.skein.demo;

import java.util.EnumMap;
import java.util.Map;

/**
 * Hands out identifiers that are unique across the whole bank however many people are generated:
 * each is a bijection of a running counter, so no lookup table is needed at a million people.
 */
final class IdentifierMint {

	private static final long ACCOUNT_SPACE = 900_000_000_000L;

	// Coprime with ACCOUNT_SPACE (not divisible by 2, 3 or 5), so counter -> number never repeats.
	private static final long ACCOUNT_STRIDE = 7_919_393L;

	// First letter A..Y only: PANs starting Z are left for hand-written people such as Alice.
	private static final long PAN_SPACE = 25L * 26 * 26 * 10_000;

	private static final long PAN_STRIDE = 104_729L;

	private static final long PHONE_SPACE = 1_000_000_000L;

	private static final long PHONE_STRIDE = 48_271L;

	private long accounts;

	private final Map<Source, Long> sourceIds = new EnumMap<>(Source.class);

	/** Twelve digits, never starting with 0. */
	String nextAccountNumber() {
		long n = 100_000_000_000L + Math.floorMod(++this.accounts * ACCOUNT_STRIDE, ACCOUNT_SPACE);
		return Long.toString(n);
	}

	/** PAN-shaped: three letters, P (an individual), the surname's initial, four digits, a check letter. */
	static String pan(long personNumber, String lastName) {
		long n = Math.floorMod(personNumber * PAN_STRIDE, PAN_SPACE);
		long letters = n / 10_000;
		char first = (char) ('A' + letters / 676);
		char second = (char) ('A' + (letters / 26) % 26);
		char third = (char) ('A' + letters % 26);
		char initial = Character.toUpperCase(lastName.replaceAll("[^A-Za-z]", "").charAt(0));
		char check = (char) ('A' + (n * 7 + 3) % 26);
		return "" + first + second + third + 'P' + initial + String.format("%04d", n % 10_000) + check;
	}

	/** A ten-digit Indian mobile, unique per household: starts 7, 8 or 9. */
	static String mobile(long householdNumber, int leadingDigit) {
		long n = Math.floorMod(householdNumber * PHONE_STRIDE + 12_345, PHONE_SPACE);
		return leadingDigit + String.format("%09d", n);
	}

	String nextSourceId(Source source, String branchCode) {
		long n = this.sourceIds.merge(source, 1L, Long::sum);
		return switch (source) {
			case CORE_BANKING -> "CB-" + String.format("%08d", 10_000_000 + n);
			case CRM -> "CRM-" + String.format("%06d", n);
			case WEB -> "WEB-U" + String.format("%07d", n);
			case APP -> "APP-" + String.format("%07d", 3_000_000 + n);
			case BRANCH -> "BR-" + branchCode + "-" + String.format("%06d", n);
			case CALL_CENTRE -> "CC-" + String.format("%07d", n);
		};
	}

}
