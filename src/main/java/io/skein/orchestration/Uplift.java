package io.skein.orchestration;

/**
 * Difference of two conversion rates (treatment − control) with a 95% confidence interval by the
 * two-proportion normal approximation: {@code d ± 1.96 · sqrt(pt(1−pt)/nt + pc(1−pc)/nc)}. Null when a
 * group is empty.
 */
record Uplift(double value, double low, double high) {

	static final double Z95 = 1.959964;

	static Uplift of(int treated, int treatedConversions, int control, int controlConversions) {
		if (treated == 0 || control == 0) {
			return null;
		}
		double pt = (double) treatedConversions / treated;
		double pc = (double) controlConversions / control;
		double se = Math.sqrt(pt * (1 - pt) / treated + pc * (1 - pc) / control);
		double d = pt - pc;
		return new Uplift(d, d - Z95 * se, d + Z95 * se);
	}

}
