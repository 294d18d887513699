package io.skein.nba;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds what, counted over every customer with an open holding: customers per product and per
 * pair of products. From it, P(Y | holds X) against the base rate P(Y), smoothed towards the base rate
 * so that a pair seen a handful of times cannot dominate.
 */
public final class CoHoldingStats {

	private final int customers;

	private final Map<String, Integer> holders = new HashMap<>();

	private final Map<String, Integer> pairs = new HashMap<>();

	public CoHoldingStats(Collection<List<String>> holdingsPerCustomer) {
		this.customers = holdingsPerCustomer.size();
		for (List<String> codes : holdingsPerCustomer) {
			for (String x : codes) {
				this.holders.merge(x, 1, Integer::sum);
				for (String y : codes) {
					if (!x.equals(y)) {
						this.pairs.merge(x + "|" + y, 1, Integer::sum);
					}
				}
			}
		}
	}

	public int customers() {
		return this.customers;
	}

	public int holders(String product) {
		return this.holders.getOrDefault(product, 0);
	}

	public int both(String x, String y) {
		return this.pairs.getOrDefault(x + "|" + y, 0);
	}

	/** The share of all customers holding {@code product}. */
	public double baseRate(String product) {
		return this.customers == 0 ? 0 : (double) holders(product) / this.customers;
	}

	/** P(y | holds x), smoothed towards the base rate with {@code smoothing} pseudo-customers. */
	public double given(String x, String y, double smoothing) {
		return (both(x, y) + smoothing * baseRate(y)) / (holders(x) + smoothing);
	}

	/** Of the products held, the one whose holders most over-hold {@code y}: lift above 1 and enough support. */
	public Best best(Collection<String> held, String y, double smoothing, int minSupport) {
		Best best = null;
		double base = baseRate(y);
		for (String x : held) {
			if (x.equals(y) || holders(x) < minSupport || base == 0) {
				continue;
			}
			double p = given(x, y, smoothing);
			if (p > base && (best == null || p > best.probability())) {
				best = new Best(x, p, p / base, holders(x), both(x, y));
			}
		}
		return best;
	}

	/** The held product that best explains {@code y}: P(y|x), lift, holders of x, holders of both. */
	public record Best(String product, double probability, double lift, int holdersOfProduct, int holdersOfBoth) {
	}

}
