package io.skein.nba;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.skein.offer.EligibleProduct;
import io.skein.offer.QuoteService;

/**
 * Eligibility for offers: a product already held is never offered; a product with availability rules in
 * the offer catalogue is offered only when its rule passes for the customer; any other product is open
 * to everyone who does not hold it. Answered in two queries whatever the number of products.
 */
class RuleBasedEligibility implements ProductEligibility {

	private final HoldingsEligibility holdings;

	private final QuoteService quotes;

	RuleBasedEligibility(HoldingsEligibility holdings, QuoteService quotes) {
		this.holdings = holdings;
		this.quotes = quotes;
	}

	@Override
	public boolean isEligible(String customerId, String productCode) {
		return decide(customerId, List.of(productCode)).get(productCode).eligible();
	}

	@Override
	public String reason(String customerId, String productCode) {
		return decide(customerId, List.of(productCode)).get(productCode).reason();
	}

	@Override
	public Map<String, Decision> decide(String customerId, Collection<String> productCodes) {
		Map<String, Decision> held = this.holdings.decide(customerId, productCodes);
		Set<String> ruled = this.quotes.ruledProducts();
		Map<String, EligibleProduct> allowed = this.quotes.eligibleProducts(customerId)
			.stream()
			.collect(Collectors.toMap(EligibleProduct::code, p -> p, (a, b) -> a));
		Map<String, Decision> decisions = new LinkedHashMap<>();
		for (String code : productCodes) {
			Decision holding = held.get(code);
			if (!holding.eligible()) {
				decisions.put(code, holding);
			}
			else if (!ruled.contains(code)) {
				decisions.put(code, new Decision(true, "does not hold " + code + "; no availability rule"));
			}
			else if (allowed.containsKey(code)) {
				EligibleProduct p = allowed.get(code);
				decisions.put(code, new Decision(true, p.explanation() + " [" + p.ruleId() + "]"));
			}
			else {
				decisions.put(code, new Decision(false, "availability rule for " + code + " does not pass"));
			}
		}
		return decisions;
	}

}
