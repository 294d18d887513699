package io.skein.offer;

import java.util.List;
import java.util.Map;

/**
 * A product as offered: who may have it, its base price, and the rules that change the price or add
 * insurances and discounts. Pricing rows are tried in order; the first that matches sets the price.
 */
public record Offer(String code, String name, RuleEntry availability, PriceRow base, List<PriceRow> pricing,
		List<InsuranceRule> insurances, List<DiscountRule> discounts) {

	/** A rule with its id and the sentence that explains it. */
	public record RuleEntry(String id, String explanation, Map<String, Object> rule) {
	}

	/** A price (rate and commission in percent); a pricing row without a commission keeps the base one. */
	public record PriceRow(String id, String explanation, double rate, Double commission, Map<String, Object> rule) {
	}

	public record InsuranceRule(String id, String explanation, String product, Map<String, Object> rule) {
	}

	/** {@code rateOff} percentage points come off the rate. */
	public record DiscountRule(String id, String explanation, double rateOff, Map<String, Object> rule) {
	}

}
