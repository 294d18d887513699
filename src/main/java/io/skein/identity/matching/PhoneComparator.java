package io.skein.identity.matching;

/**
 * Compares phone numbers on their digits. The last nine digits decide {@code EXACT}, so a number written
 * with and without its country code or trunk zero agrees.
 */
public final class PhoneComparator extends LevelledComparator<PhoneComparator.Level> {

	public enum Level {

		EXACT,
		/** One digit wrong or two neighbours swapped. */
		ONE_DIGIT,
		/** Same last six digits: the same line written with a different area prefix. */
		SAME_ENDING, DIFFERENT

	}

	private static final int SIGNIFICANT_DIGITS = 9;

	private static final int ENDING_DIGITS = 6;

	public PhoneComparator() {
		super("phone", Level.class);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		if (left.phone() == null || right.phone() == null) {
			return null;
		}
		String a = last(left.phone(), SIGNIFICANT_DIGITS);
		String b = last(right.phone(), SIGNIFICANT_DIGITS);
		if (a.equals(b)) {
			return Level.EXACT;
		}
		if (a.length() == b.length() && Similarity.withinOneEdit(a, b)) {
			return Level.ONE_DIGIT;
		}
		return last(a, ENDING_DIGITS).equals(last(b, ENDING_DIGITS)) ? Level.SAME_ENDING : Level.DIFFERENT;
	}

	private static String last(String digits, int count) {
		return digits.length() <= count ? digits : digits.substring(digits.length() - count);
	}

}
