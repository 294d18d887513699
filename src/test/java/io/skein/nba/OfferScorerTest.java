package io.skein.nba;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.customer.AccountView.ProductView;
import io.skein.customer.InteractionView;
import io.skein.purpose.EvidenceClassifier;
import io.skein.purpose.PurposeStage;
import io.skein.purpose.PurposeType;
import io.skein.purpose.PurposeView;
import io.skein.purpose.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring without the graph: the co-holding part is the naive-Bayes estimate and its explanation names
 * the signals that raise it with their rates (a signal that lowers it is left out of both); a purpose
 * counts fully for the product its evidence names.
 */
class OfferScorerTest {

	static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");

	static final List<ProductView> CATALOGUE = List.of(new ProductView("SAVINGS", "Savings account", "DEPOSITS"),
			new ProductView("HOME_LOAN", "Home loan", "LOANS"),
			new ProductView("HOME_INSURANCE", "Home insurance", "INSURANCE"),
			new ProductView("MOTOR_INSURANCE", "Motor insurance", "INSURANCE"),
			new ProductView("TERM_INSURANCE", "Term insurance", "INSURANCE"));

	final OfferScorer scorer = new OfferScorer(OfferSettings.standard(),
			new EvidenceClassifier(Taxonomy.standard()));

	@Test
	void theCoHoldingPartIsTheEstimateAndItsReasonsAreTheSignalsThatRaiseIt() {
		CoHoldingStats stats = CoHoldingStatsTest.bank();
		Set<String> signals = Set.of("SAVINGS", "HOME_LOAN", "segment:young");
		List<Offer> offers = this.scorer.score(customer(signals, List.of()), CATALOGUE, stats, null);

		assertThat(offers).extracting(o -> o.product().code()).doesNotContain("SAVINGS", "HOME_LOAN");
		Offer top = offers.get(0);
		assertThat(top.product().code()).isEqualTo("HOME_INSURANCE");
		double estimate = stats.estimate(signals, "HOME_INSURANCE", 5, 10).probability();
		assertThat(top.scoreBreakdown().get(0).value()).isEqualTo(Math.round(estimate * 10000) / 10000.0);
		assertThat(top.explanation()).isEqualTo("holds HOME_LOAN; 60% of 20 HOME_LOAN holders hold HOME_INSURANCE vs 16%"
				+ " of all customers; estimated " + Math.round(estimate * 100) + "% from 1 signal");
		assertThat(top.reasons().get(0).elements()).extracting(Offer.GraphElement::key)
			.containsExactly("HOME_LOAN", "HOME_INSURANCE");
	}

	@Test
	void aProductNothingPointsAtIsExplainedByItsPopularity() {
		List<Offer> offers = this.scorer.score(customer(Set.of("SAVINGS"), List.of()), CATALOGUE,
				CoHoldingStatsTest.bank(), null);
		Offer home = offers.stream().filter(o -> o.product().code().equals("HOME_INSURANCE")).findFirst().orElseThrow();
		assertThat(home.explanation()).startsWith("16% of all 100 customers hold HOME_INSURANCE");
		assertThat(home.reasons()).extracting(Offer.Reason::kind).containsExactly(Offer.ReasonKind.POPULARITY);
	}

	@Test
	void aPurposeCountsFullyForTheProductItsEvidenceNamesAndLittleForTheOthers() {
		PurposeView motor = new PurposeView("p-1", "c-1", PurposeType.INSURANCE, PurposeStage.APPLYING, 0.8,
				NOW.minusSeconds(86_400).atZone(ZoneOffset.UTC), NOW.atZone(ZoneOffset.UTC), 0,
				List.of(new PurposeView.EvidenceView("APPLICATION", PurposeStage.APPLYING, 1.5, "product MOTOR_INSURANCE",
						new InteractionView("ev-1", "Insurance_quote_requested", "WEB", NOW.atZone(ZoneOffset.UTC), null,
								Map.of("product", "MOTOR_INSURANCE")))));
		List<Offer> offers = this.scorer.score(customer(Set.of("SAVINGS"), List.of(motor)), CATALOGUE,
				CoHoldingStatsTest.bank(), null);
		assertThat(purpose(offers, "MOTOR_INSURANCE")).isEqualTo(0.5 * 0.8);
		assertThat(purpose(offers, "TERM_INSURANCE")).isEqualTo(0.5 * 0.8 * OfferScorer.OTHER_NAMED);
		assertThat(offers.get(0).product().code()).isEqualTo("MOTOR_INSURANCE");
		assertThat(offers.get(0).explanation()).startsWith("active applying insurance purpose since 2026-11-14");
	}

	private static double purpose(List<Offer> offers, String code) {
		return offers.stream()
			.filter(o -> o.product().code().equals(code))
			.findFirst()
			.orElseThrow()
			.scoreBreakdown()
			.get(1)
			.value();
	}

	private static OfferScorer.Customer customer(Set<String> signals, List<PurposeView> purposes) {
		Set<String> held = Set.of("SAVINGS", "HOME_LOAN", "HOME_INSURANCE", "MOTOR_INSURANCE", "TERM_INSURANCE")
			.stream()
			.filter(signals::contains)
			.collect(java.util.stream.Collectors.toSet());
		return new OfferScorer.Customer("c-1", held, signals, purposes, List.of(), NOW);
	}

}
