package io.skein.nba.evaluation;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the offer evaluation counts, in all and per hidden product: customers, hidden products among the
 * top three offers and first, among the popularity baseline's three (and among the three most popular
 * products the customer is eligible for), and hidden products not offered at all (their availability
 * rule fails for the customer).
 */
final class Hits {

	private static final int CUSTOMERS = 0;

	private static final int TOP3 = 1;

	private static final int FIRST = 2;

	private static final int POPULAR = 3;

	private static final int NOT_OFFERED = 4;

	private static final int POPULAR_ELIGIBLE = 5;

	private final Map<String, int[]> byProduct = new TreeMap<>();

	private final int[] all = new int[6];

	/**
	 * One customer: the hidden product, every offer they may have (best first), and every product they do
	 * not hold, most popular first (the baseline takes three of them; the eligible baseline three of those
	 * they may have).
	 */
	void add(String hidden, List<String> offered, List<String> popular) {
		int[] counts = this.byProduct.computeIfAbsent(hidden, p -> new int[6]);
		boolean[] facts = { true, offered.stream().limit(3).anyMatch(hidden::equals),
				!offered.isEmpty() && offered.get(0).equals(hidden), popular.stream().limit(3).anyMatch(hidden::equals),
				!offered.contains(hidden), popular.stream().filter(offered::contains).limit(3).anyMatch(hidden::equals) };
		for (int i = 0; i < facts.length; i++) {
			counts[i] += facts[i] ? 1 : 0;
			this.all[i] += facts[i] ? 1 : 0;
		}
	}

	int customers() {
		return this.all[CUSTOMERS];
	}

	double hitAt3() {
		return ratio(this.all[TOP3], this.all[CUSTOMERS]);
	}

	double hitAt1() {
		return ratio(this.all[FIRST], this.all[CUSTOMERS]);
	}

	double baseline() {
		return ratio(this.all[POPULAR], this.all[CUSTOMERS]);
	}

	/** Hit@3 of the most popular products the customer may have (eligible and not held). */
	double eligibleBaseline() {
		return ratio(this.all[POPULAR_ELIGIBLE], this.all[CUSTOMERS]);
	}

	/** The table per hidden product, most hidden first. */
	void print(PrintWriter out) {
		out.printf("%-18s %6s %7s %11s %12s%n", "hidden product", "n", "hit@3", "popularity", "not offered");
		this.byProduct.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.getValue()[CUSTOMERS], a.getValue()[CUSTOMERS]))
			.forEach(e -> {
				int[] c = e.getValue();
				out.printf("%-18s %6d %7.3f %11.3f %12d%n", e.getKey(), c[CUSTOMERS], ratio(c[TOP3], c[CUSTOMERS]),
						ratio(c[POPULAR], c[CUSTOMERS]), c[NOT_OFFERED]);
			});
		out.printf("%-18s %6d %7.3f %11.3f %12d%n", "all", this.all[CUSTOMERS], hitAt3(), baseline(),
				this.all[NOT_OFFERED]);
	}

	private static double ratio(long part, long whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

}
