package io.skein.purpose;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stage transitions and confidence, on interactions built in memory. */
class PurposeDiscoveryTest {

	private final PurposeDiscovery discovery = new PurposeDiscovery(new EvidenceClassifier(Taxonomy.standard()),
			new StageRules(45, 90));

	@Test
	void oneLookIsAwarenessTwoDaysAreConsideration() {
		Activity look = page("e1", "2026-11-01T10:00:00Z", "/insurance/term-insurance");
		assertThat(only(List.of(look), "2026-11-02T00:00:00Z").stage()).isEqualTo(PurposeStage.AWARE);
		Activity again = page("e2", "2026-11-03T10:00:00Z", "/insurance/premium-calculator");
		DiscoveredPurpose p = only(List.of(look, again), "2026-11-04T00:00:00Z");
		assertThat(p.stage()).isEqualTo(PurposeStage.CONSIDERING);
		assertThat(p.evidence()).hasSize(2);
		assertThat(p.confidence()).isGreaterThan(only(List.of(look), "2026-11-04T00:00:00Z").confidence());
	}

	@Test
	void applicationsAdvanceThenDropWhenSilent() {
		List<Activity> applied = List.of(page("e1", "2026-09-01T10:00:00Z", "/loans/personal-loan"),
				event("e2", "Loan_application_started", "2026-09-02T10:00:00Z", "loanType", "personal"),
				event("e3", "KYC_step", "2026-09-02T11:00:00Z", "step", "pan_verified"));
		DiscoveredPurpose applying = only(applied, "2026-09-10T00:00:00Z");
		assertThat(applying.stage()).isEqualTo(PurposeStage.APPLYING);
		assertThat(applying.evidence()).extracting(e -> e.activity().eventId()).containsExactly("e1", "e2", "e3");
		assertThat(applying.evidence().get(2).reason()).isEqualTo("KYC_step during the PERSONAL_LOAN journey");
		assertThat(only(applied, "2026-10-17T11:00:00Z").stage()).as("45 days of silence").isEqualTo(PurposeStage.DROPPED);
		assertThat(only(applied, "2026-10-17T10:59:00Z").stage()).isEqualTo(PurposeStage.APPLYING);
	}

	@Test
	void interestGoesDormantAndAccountsConvert() {
		List<Activity> looked = List.of(page("e1", "2026-05-01T10:00:00Z", "/cards/credit-cards"));
		assertThat(only(looked, "2026-07-29T00:00:00Z").stage()).isEqualTo(PurposeStage.AWARE);
		assertThat(only(looked, "2026-07-30T10:00:00Z").stage()).isEqualTo(PurposeStage.DORMANT);
		List<Holding> card = List.of(new Holding("9", "CREDIT_CARD", LocalDate.parse("2026-05-10")));
		DiscoveredPurpose converted = this.discovery
			.discover("c-1", looked, card, Instant.parse("2026-07-30T10:00:00Z")).get(0);
		assertThat(converted.stage()).isEqualTo(PurposeStage.CONVERTED);
		assertThat(converted.convertedBy().accountNumber()).isEqualTo("9");
		List<Holding> oldCard = List.of(new Holding("9", "CREDIT_CARD", LocalDate.parse("2019-05-10")));
		assertThat(this.discovery.discover("c-1", looked, oldCard, Instant.parse("2026-06-01T10:00:00Z")).get(0).stage())
			.as("an account held before the interest is no conversion").isEqualTo(PurposeStage.AWARE);
	}

	@Test
	void aCustomerWhoDoesNothingIsDormant() {
		List<Holding> savings = List.of(new Holding("1", "SAVINGS", LocalDate.parse("2015-01-01")));
		List<DiscoveredPurpose> found = this.discovery.discover("c-1", List.of(), savings,
				Instant.parse("2026-11-15T00:00:00Z"));
		assertThat(found).singleElement().satisfies(p -> {
			assertThat(p.type()).isEqualTo(PurposeType.EVERYDAY_BANKING);
			assertThat(p.stage()).isEqualTo(PurposeStage.DORMANT);
		});
		assertThat(this.discovery.discover("c-1", List.of(), List.of(), Instant.parse("2026-11-15T00:00:00Z"))).isEmpty();
	}

	private DiscoveredPurpose only(List<Activity> activities, String now) {
		List<DiscoveredPurpose> found = this.discovery.discover("c-1", activities, List.of(), Instant.parse(now));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	static Activity page(String id, String at, String path) {
		return new Activity(id, "Page_viewed", "WEB", Instant.parse(at), null,
				Map.of("Page URL", "https://bank.example" + path));
	}

	static Activity event(String id, String type, String at, Object... props) {
		Map<String, Object> properties = new java.util.HashMap<>();
		for (int i = 0; i < props.length; i += 2) {
			properties.put((String) props[i], props[i + 1]);
		}
		return new Activity(id, type, "WEB", Instant.parse(at), null, properties);
	}

}
