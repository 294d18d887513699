package io.skein.nba;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who holds what, counted over every customer with an open holding: customers per product and per
 * signal (the products they hold, their segments, persona attribute values, age band; see
 * {@link Signals}), and per pair of signal and product. From it, P(Y | X) against the base rate P(Y),
 * and P(Y | what is known of a customer) by naive Bayes over the signals that point at Y: the base-rate
 * odds of Y times, for each signal the customer shows that Y's holders show more often than others do, by
 * how much more. Every rate is smoothed towards the base rate so that a pair seen a handful of times
 * cannot dominate.
 */
public final class CoHoldingStats {

	private final int customers;

	private final Map<String, Integer> holders = new HashMap<>();

	private final Map<String, Integer> pairs = new HashMap<>();

	/** One customer: the products held open, and every signal shown (the products included). */
	public record Holder(Collection<String> products, Collection<String> signals) {
	}

	public CoHoldingStats(Collection<Holder> customers) {
		this.customers = customers.size();
		for (Holder c : customers) {
			for (String x : c.signals()) {
				this.holders.merge(x, 1, Integer::sum);
				for (String y : c.products()) {
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

	/** Customers holding {@code signal} (a product code or another signal). */
	public int holders(String signal) {
		return this.holders.getOrDefault(signal, 0);
	}

	/** Customers showing signal {@code x} who hold product {@code y}. */
	public int both(String x, String y) {
		return this.pairs.getOrDefault(x + "|" + y, 0);
	}

	/** The share of all customers holding {@code product}. */
	public double baseRate(String product) {
		return this.customers == 0 ? 0 : (double) holders(product) / this.customers;
	}

	/** P(y | shows x), smoothed towards the base rate with {@code smoothing} pseudo-customers. */
	public double given(String x, String y, double smoothing) {
		return (both(x, y) + smoothing * baseRate(y)) / (holders(x) + smoothing);
	}

	/**
	 * How strongly showing {@code x} points at holding {@code y}: log P(x | holds y) / P(x | does not), each
	 * smoothed towards P(x). Positive when y's holders show x more often than other customers do.
	 */
	public double weight(String x, String y, double smoothing) {
		double px = (double) holders(x) / this.customers;
		double withY = (both(x, y) + smoothing * px) / (holders(y) + smoothing);
		double withoutY = (holders(x) - both(x, y) + smoothing * px) / (this.customers - holders(y) + smoothing);
		return Math.log(withY / withoutY);
	}

	/**
	 * P(holds y | signals) by naive Bayes over the signals, shown by at least {@code minSupport} customers,
	 * that raise it; zero when nobody holds y. A signal never counts against y: where y's holders show a
	 * signal less often, it is mostly what holding y does to them (a loan's debt takes its holders out of
	 * the wealth tiers), not what the customer wants.
	 */
	public Estimate estimate(Collection<String> signals, String y, double smoothing, int minSupport) {
		if (holders(y) == 0) {
			return new Estimate(0, List.of());
		}
		// Kept off 0 and 1, so that a product everybody holds still has finite odds.
		double base = Math.min(Math.max(baseRate(y), 0.5 / this.customers), 1 - 0.5 / this.customers);
		double logOdds = Math.log(base / (1 - base));
		List<Evidence> used = new ArrayList<>();
		for (String x : new TreeSet<>(signals)) {
			double w = x.equals(y) || holders(x) < minSupport ? 0 : weight(x, y, smoothing);
			if (w > 0) {
				logOdds += w;
				used.add(new Evidence(x, w, holders(x), both(x, y)));
			}
		}
		return new Estimate(1 / (1 + Math.exp(-logOdds)), List.copyOf(used));
	}

	/** A combined probability and the signals that raised it. */
	public record Estimate(double probability, List<Evidence> evidence) {
	}

	/** One signal's part: its weight, customers showing it, and those of them who hold the product. */
	public record Evidence(String signal, double weight, int holdersOfSignal, int holdersOfBoth) {
	}

}
