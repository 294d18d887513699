package io.skein.offer;

import java.util.List;

/**
 * The answer to "what would this customer get for this product and amount": whether they may have it, the
 * price, the insurances and discounts that apply, and for each the rule that chose it.
 *
 * @param customerId the active customer quoted (a merged id resolves to its survivor)
 * @param price null when the customer is not eligible
 */
public record Quote(String customerId, String productCode, double amount, boolean eligible, RuleOutcome eligibility,
		Price price, List<Insurance> insurances, List<Discount> discounts, List<String> explanations) {

	public record RuleOutcome(String ruleId, String explanation, boolean matched) {
	}

	/** Rate and commission in percent, after discounts; {@code ruleId} is the pricing row (or base) that set it. */
	public record Price(double rate, double commission, String ruleId, String explanation) {
	}

	public record Insurance(String productCode, String ruleId, String explanation) {
	}

	public record Discount(double rateOff, String ruleId, String explanation) {
	}

}
