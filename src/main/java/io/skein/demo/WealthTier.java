package io.skein.demo;

/**
 * Portfolio tiers the balances are drawn for: a person's deposits and investments (positive balances)
 * add up to a total inside their tier's range. Loans and cards owe (negative), insurance holds none.
 */
enum WealthTier {

	MASS(500, 50_000, "mass"), EMERGING(50_000, 100_000, "emerging"), MASS_AFFLUENT(100_000, 250_000,
			"mass_affluent"), AFFLUENT(250_000, 1_000_000, "affluent"), HNI(1_000_000, 8_000_000, "hni");

	final double low;

	final double high;

	/** What a source's {@code segmentHint} attribute calls it. */
	final String hint;

	WealthTier(double low, double high, String hint) {
		this.low = low;
		this.high = high;
		this.hint = hint;
	}

	/** Relative shares in {@code values()} order: most customers hold little, a few hold a lot. */
	static final int[] SHARES = { 52, 20, 15, 10, 3 };

}
