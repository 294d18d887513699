package io.skein.purpose;

import io.skein.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.GraphProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alice's week, ingested as it happens: two strands, HOME_LOAN and CREDIT_CARD, each with its evidence,
 * kept current on every new event and turned dormant by the sweep once she goes quiet.
 */
@PurposeTest
class AlicePurposesTest {

	static final String QUERY = """
			query($id: ID!) { customer(id: $id) { purposes { type stage confidence silenceDays
			  evidence { role reason interaction { eventId type } } } } }""";

	@Autowired
	IngestService ingest;

	@Autowired
	PurposeService purposes;

	@Autowired
	GraphProbe probe;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	String alice;

	@BeforeEach
	void aliceLivesHerWeek() {
		this.clock.set("2026-11-08T12:00:00Z");
		this.ingest.ingestRecords(AliceWeek.records(), "records");
		this.ingest.track(AliceWeek.events(), "events");
		this.alice = this.probe.customerOf("core_banking", "CB-ALICE-001");
	}

	@Test
	void twoStrandsWithTheirEvidence() {
		JsonNode found = purposesOverHttp();
		assertThat(found.valueStream().map(p -> p.path("type").asString()).toList())
			.containsExactlyInAnyOrder("HOME_LOAN", "CREDIT_CARD");
		JsonNode homeLoan = strand(found, "HOME_LOAN");
		assertThat(homeLoan.path("stage").asString()).isEqualTo("CONSIDERING");
		assertThat(homeLoan.path("evidence").valueStream().map(e -> e.path("interaction").path("eventId").asString()))
			.containsExactly("ev-17", "ev-18", "ev-19", "ev-21", "ev-23");
		JsonNode card = strand(found, "CREDIT_CARD");
		assertThat(card.path("stage").asString()).isEqualTo("AWARE");
		assertThat(card.path("evidence").get(0).path("reason").asString()).isEqualTo("campaign credit-card-promo");
		assertThat(homeLoan.path("confidence").asDouble()).isGreaterThan(card.path("confidence").asDouble());
	}

	@Test
	void aNewEventMovesTheStrandAtOnce() {
		this.ingest.track(List.of(Fixtures.event("ev-30", "Loan_application_started", "2026-11-08T10:00:00Z", "web",
				AliceWeek.EMAIL, "loanType", "home", "amount", 4500000)), "events");

		assertThat(this.purposes.purposesOf(this.alice)).filteredOn(p -> p.type() == PurposeType.HOME_LOAN)
			.singleElement()
			.satisfies(p -> assertThat(p.stage()).isEqualTo(PurposeStage.APPLYING));
	}

	@Test
	void theSweepTurnsSilenceIntoDormancyAndDropOut() {
		this.ingest.track(List.of(Fixtures.event("ev-30", "Loan_application_started", "2026-11-08T10:00:00Z", "web",
				AliceWeek.EMAIL, "loanType", "home")), "events");
		this.clock.advance(Duration.ofDays(100));

		assertThat(this.purposes.purposesOf(this.alice)).extracting(PurposeView::stage)
			.as("stored stages wait for the sweep")
			.containsExactlyInAnyOrder(PurposeStage.APPLYING, PurposeStage.AWARE);
		this.purposes.recomputeAll();

		Map<PurposeType, PurposeStage> stages = new java.util.EnumMap<>(PurposeType.class);
		this.purposes.purposesOf(this.alice).forEach(p -> stages.put(p.type(), p.stage()));
		assertThat(stages).containsEntry(PurposeType.HOME_LOAN, PurposeStage.DROPPED)
			.containsEntry(PurposeType.CREDIT_CARD, PurposeStage.DORMANT);
		assertThat(this.purposes.purposesOf(this.alice)).allSatisfy(p -> assertThat(p.silenceDays()).isGreaterThanOrEqualTo(100));
	}

	private JsonNode purposesOverHttp() {
		GraphQlHttp.Response response = new GraphQlHttp(this.port).post(QUERY, Map.of("id", this.alice));
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		return response.data().path("customer").path("purposes");
	}

	private static JsonNode strand(JsonNode purposes, String type) {
		return purposes.valueStream().filter(p -> p.path("type").asString().equals(type)).findFirst().orElseThrow();
	}

}
