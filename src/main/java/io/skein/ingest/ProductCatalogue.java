package io.skein.ingest;

import java.util.Map;

/** The bank's product codes, with the name and category a Product node gets when first seen. */
public final class ProductCatalogue {

	record Product(String name, String category) {
	}

	private static final Map<String, Product> PRODUCTS = Map.ofEntries(
			Map.entry("SAVINGS", new Product("Savings account", "DEPOSITS")),
			Map.entry("CURRENT", new Product("Current account", "DEPOSITS")),
			Map.entry("FIXED_DEPOSIT", new Product("Fixed deposit", "DEPOSITS")),
			Map.entry("RECURRING_DEPOSIT", new Product("Recurring deposit", "DEPOSITS")),
			Map.entry("CREDIT_CARD", new Product("Credit card", "CARDS")),
			Map.entry("FOREX_CARD", new Product("Forex card", "CARDS")),
			Map.entry("HOME_LOAN", new Product("Home loan", "LOANS")),
			Map.entry("CAR_LOAN", new Product("Car loan", "LOANS")),
			Map.entry("PERSONAL_LOAN", new Product("Personal loan", "LOANS")),
			Map.entry("EDUCATION_LOAN", new Product("Education loan", "LOANS")),
			Map.entry("GOLD_LOAN", new Product("Gold loan", "LOANS")),
			Map.entry("BUSINESS_LOAN", new Product("Business loan", "LOANS")),
			Map.entry("TERM_INSURANCE", new Product("Term insurance", "INSURANCE")),
			Map.entry("LIFE_INSURANCE", new Product("Life insurance", "INSURANCE")),
			Map.entry("HEALTH_INSURANCE", new Product("Health insurance", "INSURANCE")),
			Map.entry("HOME_INSURANCE", new Product("Home insurance", "INSURANCE")),
			Map.entry("MOTOR_INSURANCE", new Product("Motor insurance", "INSURANCE")),
			Map.entry("TRAVEL_INSURANCE", new Product("Travel insurance", "INSURANCE")),
			Map.entry("CHILD_PLAN", new Product("Child plan", "INSURANCE")),
			Map.entry("MUTUAL_FUND", new Product("Mutual fund", "INVESTMENTS")),
			Map.entry("DEMAT", new Product("Demat account", "INVESTMENTS")),
			Map.entry("PPF", new Product("Public provident fund", "INVESTMENTS")));

	private ProductCatalogue() {
	}

	static Product lookup(String code) {
		return PRODUCTS.getOrDefault(code, new Product(code, "OTHER"));
	}

	/** Every product code the bank has. */
	public static java.util.Set<String> codes() {
		return PRODUCTS.keySet();
	}

	/** The product categories: DEPOSITS, CARDS, LOANS, INSURANCE, INVESTMENTS. */
	public static java.util.Set<String> categories() {
		return PRODUCTS.values().stream().map(Product::category).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	static boolean known(String code) {
		return PRODUCTS.containsKey(code);
	}

}
