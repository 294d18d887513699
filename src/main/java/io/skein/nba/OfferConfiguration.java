package io.skein.nba;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.offer.QuoteService;
import io.skein.purpose.EvidenceClassifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offer scoring from {@code classpath:purpose/offers.json}, and eligibility: never a product already
 * held, and for products the offer module has rules for, only when their availability rule passes.
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
	ProductEligibility productEligibility(Graph graph, CypherQueries queries, QuoteService quotes) {
		return new RuleBasedEligibility(new HoldingsEligibility(graph, queries), quotes);
	}

}
