package io.skein.nba;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.purpose.Fixtures;
import io.skein.purpose.PurposeTest;
import io.skein.support.TestClock;
import io.skein.support.GraphQlHttp;
import io.skein.support.GraphProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a small bank where home-loan holders often hold term insurance: co-holding ranks first, a branch
 * conversation re-ranks at once, held and ineligible products are never offered, bad arguments name
 * their field.
 */
@PurposeTest
class NextBestOffersTest {

	static final String QUERY = """
			query($id: ID!, $channel: Channel, $first: Int) { nextBestOffers(customerId: $id, channel: $channel, first: $first) {
			  rank score explanation eligibility product { code }
			  reasons { kind text elements { label key } } scoreBreakdown { name value } } }""";

	@Autowired
	IngestService ingest;

	@Autowired
	GraphProbe probe;

	@Autowired
	TestClock clock;

	@Autowired
	TestEligibility eligibility;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	String meera;

	@BeforeEach
	void aSmallBank() {
		this.http = new GraphQlHttp(this.port);
		this.clock.set("2026-11-15T12:00:00Z");
		List<Map<String, Object>> records = new ArrayList<>();
		int account = 1000;
		for (int n = 0; n < 14; n++) {
			List<String> held = new ArrayList<>(List.of(++account + ":SAVINGS", ++account + ":HOME_LOAN"));
			if (n < 9) {
				held.add(++account + ":TERM_INSURANCE");
			}
			records.add(Fixtures.customer("core_banking", "H" + n, "H", "h" + n + "@example.in", held.toArray(String[]::new)));
		}
		for (int n = 0; n < 30; n++) {
			List<String> held = new ArrayList<>(List.of(++account + ":SAVINGS"));
			if (n < 12) {
				held.add(++account + ":CREDIT_CARD");
			}
			if (n < 2) {
				held.add(++account + ":TERM_INSURANCE");
			}
			if (n < 3) {
				held.add(++account + ":PERSONAL_LOAN");
			}
			records.add(Fixtures.customer("core_banking", "S" + n, "S", "s" + n + "@example.in", held.toArray(String[]::new)));
		}
		// Meera passes every availability rule (age 35, income 8,000, low risk), so only holdings limit her offers.
		Map<String, Object> meera = new java.util.HashMap<>(Fixtures.customer("core_banking", "MEERA", "Meera",
				"meera@example.in", "9001:SAVINGS", "9002:HOME_LOAN"));
		meera.put("dateOfBirth", "1991-06-15");
		meera.put("attributes", Map.of("income", 8000, "riskProfile", "low"));
		records.add(meera);
		this.ingest.ingestRecords(records, "records");
		this.meera = this.probe.customerOf("core_banking", "MEERA");
	}

	@AfterEach
	void allowEverything() {
		this.eligibility.reset();
	}

	@Test
	void coHoldingExplainsTheFirstOffer() {
		JsonNode offers = offers(Map.of("id", this.meera));
		assertThat(codes(offers)).hasSize(3).doesNotContain("SAVINGS", "HOME_LOAN");
		JsonNode top = offers.get(0);
		assertThat(top.path("product").path("code").asString()).isEqualTo("TERM_INSURANCE");
		assertThat(top.path("explanation").asString())
			.contains("holds HOME_LOAN; 60% of 15 HOME_LOAN holders hold TERM_INSURANCE vs 24% of all customers");
		assertThat(top.path("reasons").get(0).path("elements").valueStream().map(e -> e.path("key").asString()))
			.containsExactly("HOME_LOAN", "TERM_INSURANCE");
		assertThat(top.path("scoreBreakdown").valueStream().map(c -> c.path("name").asString()))
			.containsExactly("coHolding", "purpose", "context", "moment", "channelFit");
		assertThat(top.path("eligibility").asString()).contains("[term-insurance.availability]");
	}

	@Test
	void aBranchConversationChangesTheRankingAtOnce() {
		List<String> before = codes(offers(Map.of("id", this.meera, "first", 5)));
		assertThat(before.indexOf("PERSONAL_LOAN")).isNotZero();

		this.ingest.track(List.of(Fixtures.event("b1", "Branch_visit", "2026-11-15T10:00:00Z", "branch",
				"meera@example.in", "notes", "Asked about a personal loan for a family wedding")), "events");

		JsonNode after = offers(Map.of("id", this.meera, "first", 5));
		assertThat(codes(after).get(0)).isEqualTo("PERSONAL_LOAN");
		assertThat(after.get(0).path("explanation").asString())
			.startsWith("branch visit on 2026-11-15: notes mention \"personal loan\"");
		assertThat(after.get(0).path("reasons").valueStream().map(r -> r.path("kind").asString())).contains("CONTEXT",
				"PURPOSE");
	}

	@Test
	void neitherHeldNorIneligibleProductsAreOffered() {
		this.eligibility.forbid("TERM_INSURANCE");
		List<String> codes = codes(offers(Map.of("id", this.meera, "first", 20)));
		assertThat(codes).isNotEmpty().doesNotContain("TERM_INSURANCE", "SAVINGS", "HOME_LOAN");
		assertThat(codes).contains("CREDIT_CARD", "PERSONAL_LOAN");
	}

	@Test
	void badArgumentsNameTheirField() {
		assertBadRequest(this.http.post(QUERY, Map.of("id", this.meera, "first", 0)), "first", "BAD_REQUEST");
		assertBadRequest(this.http.post(QUERY, Map.of("id", " ")), "customerId", "BAD_REQUEST");
		assertBadRequest(this.http.post(QUERY, Map.of("id", "c-nobody")), "customerId", "NOT_FOUND");
	}

	private JsonNode offers(Map<String, Object> variables) {
		GraphQlHttp.Response response = this.http.post(QUERY, variables);
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		return response.data().path("nextBestOffers");
	}

	private static List<String> codes(JsonNode offers) {
		return offers.valueStream().map(o -> o.path("product").path("code").asString()).toList();
	}

	private static void assertBadRequest(GraphQlHttp.Response response, String field, String classification) {
		JsonNode errors = response.errors();
		assertThat(errors.isArray() && !errors.isEmpty()).as(response.body().toString()).isTrue();
		assertThat(errors.get(0).path("extensions").path("classification").asString()).isEqualTo(classification);
		assertThat(errors.get(0).path("extensions").path("field").asString()).isEqualTo(field);
	}

}
