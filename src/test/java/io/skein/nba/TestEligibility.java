package io.skein.nba;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's eligibility with a switch tests use to forbid products outright; with nothing
 * forbidden it answers exactly as the real bean does. One bean for all tests keeps one shared context.
 */
@Component
@Primary
public class TestEligibility implements ProductEligibility {

	private final ProductEligibility real;

	private final Set<String> forbidden = ConcurrentHashMap.newKeySet();

	TestEligibility(@Qualifier("productEligibility") ProductEligibility real) {
		this.real = real;
	}

	public void forbid(String productCode) {
		this.forbidden.add(productCode);
	}

	public void reset() {
		this.forbidden.clear();
	}

	@Override
	public boolean isEligible(String customerId, String productCode) {
		return !this.forbidden.contains(productCode) && this.real.isEligible(customerId, productCode);
	}

	@Override
	public String reason(String customerId, String productCode) {
		return this.forbidden.contains(productCode) ? "forbidden by the test" : this.real.reason(customerId, productCode);
	}

	@Override
	public Map<String, Decision> decide(String customerId, Collection<String> productCodes) {
		Map<String, Decision> decisions = new LinkedHashMap<>(this.real.decide(customerId, productCodes));
		this.forbidden.stream()
			.filter(decisions::containsKey)
			.forEach(code -> decisions.put(code, new Decision(false, "forbidden by the test")));
		return decisions;
	}

}
