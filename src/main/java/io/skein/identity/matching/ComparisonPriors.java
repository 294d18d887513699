package io.skein.identity.matching;

import java.util.List;
import java.util.Map;

/**
 * What a bank's data steward would say about true duplicates before seeing any data, per comparator: how
 * their values compare (m per level, best level first) and how often at most they plainly disagree
 * ({@code maxDisagreement}). Training starts from these, pulls towards them with
 * {@link #STRENGTH} pseudo-pairs (so a sparse field keeps its prior), and never leaves the bounds: a
 * disagreement can never weigh for a match, and an agreement never against one. Levels of a comparator not
 * listed share the rest evenly.
 *
 * <table>
 * <tr><th>comparator</th><th>m, best level first</th><th>at most disagreeing</th></tr>
 * <tr><td>givenName</td><td>exact .69, alias .05, fuzzy .10, swapped .02, initial .02, fuzzy-low .05, one letter replaced .01, different .06</td><td>.08</td></tr>
 * <tr><td>familyName</td><td>exact .74, alias .01, fuzzy .10, swapped .02, initial .01, fuzzy-low .05, one letter replaced .01, different .06</td><td>.08</td></tr>
 * <tr><td>dateOfBirth</td><td>exact .80, day/month .02, one digit .09, year ±1 .02, two digits .02, within a year .02, different .03</td><td>.20</td></tr>
 * <tr><td>nationalId</td><td>exact .88, one edit .08, different .04</td><td>.10</td></tr>
 * <tr><td>street</td><td>exact .60, very similar .12, similar .08, different .20</td><td>.40</td></tr>
 * <tr><td>locality</td><td>postcode+city .55, postcode .10, city .10, city fuzzy .05, postcode one digit .05, different .15</td><td>.40</td></tr>
 * <tr><td>email</td><td>exact .65, same mailbox .08, fuzzy .12, different .15</td><td>.40</td></tr>
 * <tr><td>phone</td><td>exact .65, one digit .08, same ending .05, different .22</td><td>.45</td></tr>
 * <tr><td>gender</td><td>same .96, different .04</td><td>.10</td></tr>
 * </table>
 * Address, e-mail and phone change over a life, so true duplicates may disagree on them far more often than
 * on names. Dates of birth are keyed with whole-field errors often enough (a decade, a wrong day and month)
 * that a disagreement may be common; a different given name is what tells relatives apart, so it is held
 * low. No level may fall below a quarter of its prior either: EM must not decide that a typo no comparator
 * forgives can never happen.
 */
public record ComparisonPriors(Map<String, Prior> byAttribute) {

	/** Pseudo-pairs of prior evidence: small beside thousands of matches, decisive when a field is sparse. */
	public static final double STRENGTH = 25;

	/** No agreement level may fall below this share of the best level's prior m. */
	private static final double AGREEMENT_FLOOR = 0.25;

	/** m per level (best first) and the most the last (plain disagreement) level may take. */
	public record Prior(List<Double> m, double maxDisagreement) {
	}

	public static ComparisonPriors standard() {
		return new ComparisonPriors(Map.of(
				"givenName", new Prior(List.of(0.69, 0.05, 0.10, 0.02, 0.02, 0.05, 0.01, 0.06), 0.08),
				"familyName", new Prior(List.of(0.74, 0.01, 0.10, 0.02, 0.01, 0.05, 0.01, 0.06), 0.08),
				"dateOfBirth", new Prior(List.of(0.80, 0.02, 0.09, 0.02, 0.02, 0.02, 0.03), 0.20),
				"nationalId", new Prior(List.of(0.88, 0.08, 0.04), 0.10),
				"street", new Prior(List.of(0.60, 0.12, 0.08, 0.20), 0.40),
				"locality", new Prior(List.of(0.55, 0.10, 0.10, 0.05, 0.05, 0.15), 0.40),
				"email", new Prior(List.of(0.65, 0.08, 0.12, 0.15), 0.40),
				"phone", new Prior(List.of(0.65, 0.08, 0.05, 0.22), 0.45),
				"gender", new Prior(List.of(0.96, 0.04), 0.10)));
	}

	/** The prior m of a comparator, one value per level, summing to 1. */
	public double[] m(AttributeComparator comparator) {
		int levels = comparator.levels().size();
		Prior prior = this.byAttribute.get(comparator.attribute());
		double[] m = new double[levels];
		if (prior != null && prior.m().size() == levels) {
			for (int l = 0; l < levels; l++) {
				m[l] = prior.m().get(l);
			}
			return normalised(m);
		}
		// an unknown comparator: most mass on the best level, a little on plain disagreement
		java.util.Arrays.fill(m, levels > 2 ? 0.15 / (levels - 2) : 0);
		m[0] = 0.8;
		m[levels - 1] = 0.05;
		return normalised(m);
	}

	public double maxDisagreement(AttributeComparator comparator) {
		Prior prior = this.byAttribute.get(comparator.attribute());
		return prior == null ? 0.10 : prior.maxDisagreement();
	}

	/**
	 * Moves estimated m back inside the bounds: plain disagreement at most {@code maxDisagreement} and never
	 * weighing for a match (m below u), the best level never weighing against one, every level at least a
	 * floor share of its prior. Mass taken from a level is spread over the others in proportion.
	 */
	public double[] bounded(AttributeComparator comparator, double[] estimate, double[] u) {
		double[] m = estimate.clone();
		double[] prior = m(comparator);
		int last = m.length - 1;
		double cap = Math.min(maxDisagreement(comparator), u[last] * 0.5);
		for (int round = 0; round < 3; round++) {
			if (m[last] > cap) {
				shift(m, last, cap);
			}
			// nor may it be all but impossible: true duplicates do carry typos no comparator forgives
			if (m[last] < prior[last] * AGREEMENT_FLOOR) {
				shift(m, last, prior[last] * AGREEMENT_FLOOR);
			}
			for (int l = 0; l < last; l++) {
				double floor = Math.max(prior[l] * AGREEMENT_FLOOR, l == 0 ? Math.min(u[0] * 2, 0.5) : 0);
				if (m[l] < floor) {
					shift(m, l, floor);
				}
			}
		}
		return normalised(m);
	}

	/** Sets level {@code l} to {@code value}, scaling the others so the total stays 1. */
	private static void shift(double[] m, int l, double value) {
		double others = 0;
		for (int i = 0; i < m.length; i++) {
			others += i == l ? 0 : m[i];
		}
		double scale = others == 0 ? 0 : (1 - value) / others;
		for (int i = 0; i < m.length; i++) {
			m[i] = i == l ? value : m[i] * scale;
		}
	}

	private static double[] normalised(double[] m) {
		double total = java.util.Arrays.stream(m).sum();
		for (int l = 0; l < m.length; l++) {
			m[l] /= total;
		}
		return m;
	}

}
