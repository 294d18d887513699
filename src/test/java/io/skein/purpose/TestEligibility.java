package io.skein.purpose;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.nba.HoldingsEligibility;
import io.skein.nba.ProductEligibility;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The holdings check plus products a test forbids: how the offer module's service will plug in. */
public final class TestEligibility implements ProductEligibility {

	private final HoldingsEligibility holdings;

	private final Set<String> forbidden = ConcurrentHashMap.newKeySet();

	TestEligibility(HoldingsEligibility holdings) {
		this.holdings = holdings;
	}

	public void forbid(String productCode) {
		this.forbidden.add(productCode);
	}

	public void reset() {
		this.forbidden.clear();
	}

	@Override
	public boolean isEligible(String customerId, String productCode) {
		return !this.forbidden.contains(productCode) && this.holdings.isEligible(customerId, productCode);
	}

	@Override
	public String reason(String customerId, String productCode) {
		return this.forbidden.contains(productCode) ? "forbidden by the test" : this.holdings.reason(customerId, productCode);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestEligibility testEligibility(Graph graph, CypherQueries queries) {
			return new TestEligibility(new HoldingsEligibility(graph, queries));
		}

	}

}
