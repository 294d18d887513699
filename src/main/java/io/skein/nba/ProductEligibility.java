package io.skein.nba;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a customer may be offered a product, and why. Next-best offers never rank a product this says
 * no to. The default implementation only rules out products already held; the offer module's
 * quote/eligibility service replaces it by declaring its own bean.
 */
public interface ProductEligibility {

	boolean isEligible(String customerId, String productCode);

	/** Why the customer is (or is not) eligible, in words. */
	String reason(String customerId, String productCode);

	/** The decision for several products at once; implementations may answer in one round trip. */
	default Map<String, Decision> decide(String customerId, Collection<String> productCodes) {
		Map<String, Decision> decisions = new LinkedHashMap<>();
		for (String code : productCodes) {
			decisions.put(code, new Decision(isEligible(customerId, code), reason(customerId, code)));
		}
		return decisions;
	}

	/** One product's answer. */
	record Decision(boolean eligible, String reason) {
	}

}
