package io.skein.nba;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.purpose.EvidenceClassifier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offer scoring from {@code classpath:purpose/offers.json} and the stand-in eligibility. The offer
 * module replaces eligibility by declaring its own {@link ProductEligibility} bean (mark it
 * {@code @Primary} should both end up in one context).
 */
@Configuration(proxyBeanMethods = false)
class OfferConfiguration {

	@Bean
	OfferSettings offerSettings() {
		return OfferSettings.standard();
	}

	@Bean
	OfferScorer offerScorer(OfferSettings settings, EvidenceClassifier classifier) {
		return new OfferScorer(settings, classifier);
	}

	@Bean
	@ConditionalOnMissingBean(ProductEligibility.class)
	ProductEligibility holdingsEligibility(Graph graph, CypherQueries queries) {
		return new HoldingsEligibility(graph, queries);
	}

}
