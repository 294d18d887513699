package io.skein.journey;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.purpose.Fixtures;
import io.skein.purpose.PurposeTest;
import io.skein.support.TestClock;
import io.skein.support.GraphQlHttp;
import io.skein.support.GraphProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Drop-offs detected after the silence and cleared by a submit; a funnel counted on a hand-built graph; bad arguments. */
@PurposeTest
@RecordApplicationEvents
class JourneyGraphTest {

	static final String DROP_OFFS = """
			query($kind: DropOffKind, $first: Int, $after: String) { dropOffs(kind: $kind, first: $first, after: $after) {
			  edges { cursor node { id kind lastStep silenceDays customer { id } lastInteraction { eventId } } }
			  pageInfo { hasNextPage endCursor } } }""";

	static final String FUNNEL = """
			query($steps: [FunnelStepInput!], $template: FunnelTemplate, $window: String, $breakdown: FunnelBreakdown) {
			  funnel(steps: $steps, template: $template, window: $window, breakdown: $breakdown) {
			    total { steps { index customers conversionFromStart } } groups { key steps { customers } } } }""";

	@Autowired
	IngestService ingest;

	@Autowired
	DropOffService dropOffs;

	@Autowired
	GraphProbe probe;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.http = new GraphQlHttp(this.port);
		this.clock.set("2026-11-10T12:00:00Z");
	}

	@Test
	void aLoanApplicationLeftSilentIsADropOffUntilSubmitted() {
		this.ingest.ingestRecords(List.of(Fixtures.customer("crm", "1", "Ravi", "ravi@example.in")), "records");
		this.ingest.track(List.of(
				Fixtures.event("l1", "Loan_application_started", "2026-11-10T09:00:00Z", "web", "ravi@example.in",
						"loanType", "personal"),
				Fixtures.event("l2", "Loan_application_step", "2026-11-10T09:10:00Z", "web", "ravi@example.in", "step", 2)),
				"events");
		String ravi = this.probe.customerOf("crm", "1");
		assertThat(page(Map.of()).path("edges")).as("not silent long enough yet").isEmpty();

		this.clock.advance(Duration.ofDays(8));
		this.dropOffs.recomputeAll();

		JsonNode edges = page(Map.of("kind", "LOAN_APPLICATION")).path("edges");
		assertThat(edges).hasSize(1);
		JsonNode node = edges.get(0).path("node");
		assertThat(node.path("customer").path("id").asString()).isEqualTo(ravi);
		assertThat(node.path("lastStep").asString()).isEqualTo("Loan_application_step (2)");
		assertThat(node.path("silenceDays").asInt()).isEqualTo(8);
		assertThat(node.path("lastInteraction").path("eventId").asString()).isEqualTo("l2");
		assertThat(this.events.stream(DropOffDetected.class)).singleElement()
			.satisfies(e -> assertThat(e.customerId()).isEqualTo(ravi));
		this.dropOffs.recomputeAll();
		assertThat(this.events.stream(DropOffDetected.class)).as("detected once").hasSize(1);

		this.ingest.track(List.of(Fixtures.event("l3", "Loan_application_submitted", "2026-11-18T15:00:00Z", "web",
				"ravi@example.in", "loanType", "personal")), "events");

		assertThat(page(Map.of()).path("edges")).isEmpty();
		assertThat(this.events.stream(DropOffCleared.class)).singleElement()
			.satisfies(e -> assertThat(e.kind()).isEqualTo(DropOffKind.LOAN_APPLICATION));
	}

	@Test
	void dropOffsPageWithCursors() {
		Fixtures.silentKycCustomers(this.ingest, 3);
		this.dropOffs.recomputeAll();
		JsonNode first = page(Map.of("first", 2));
		assertThat(first.path("edges")).hasSize(2);
		assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		JsonNode rest = page(Map.of("first", 2, "after", first.path("pageInfo").path("endCursor").asString()));
		assertThat(rest.path("edges")).hasSize(1);
		assertThat(rest.path("edges").get(0).path("node").path("lastInteraction").path("eventId").asString())
			.isEqualTo("k1");
	}

	@Test
	void funnelOnAHandBuiltGraph() {
		String[][] journeys = { { "WEB", "Insurance_quote_requested", "Insurance_policy_purchased" },
				{ "WEB", "Insurance_quote_requested" }, { "APP", "Insurance_quote_requested", "Insurance_policy_purchased" },
				{ "WEB" } };
		for (int n = 0; n < journeys.length; n++) {
			String email = "p" + n + "@example.in";
			this.ingest.ingestRecords(List.of(Fixtures.customer("crm", "p" + n, "P", email)), "records");
			String channel = journeys[n][0].toLowerCase();
			List<Map<String, Object>> evs = new java.util.ArrayList<>();
			evs.add(Fixtures.event("p" + n + "-0", "Page_viewed", "2026-11-01T09:00:00Z", channel, email,
					"Page category", "Insurance"));
			for (int s = 1; s < journeys[n].length; s++) {
				evs.add(Fixtures.event("p" + n + "-" + s, journeys[n][s], "2026-11-0" + (1 + s) + "T09:00:00Z", channel,
						email, "product", "TERM_INSURANCE"));
			}
			this.ingest.track(evs, "events");
		}
		JsonNode funnel = this.http.post(FUNNEL, Map.of("template", "POLICY_PURCHASE", "breakdown", "CHANNEL"))
			.data()
			.path("funnel");
		assertThat(funnel.path("total").path("steps").valueStream().map(s -> s.path("customers").asInt()))
			.containsExactly(4, 3, 2);
		assertThat(funnel.path("total").path("steps").get(2).path("conversionFromStart").asDouble()).isEqualTo(0.5);
		assertThat(funnel.path("groups").valueStream().map(g -> g.path("key").asString())).containsExactly("APP", "WEB");
		JsonNode bySegment = this.http.post(FUNNEL, Map.of("steps", List.of(Map.of("eventType", "Page_viewed"),
				Map.of("eventType", "Insurance_policy_purchased")), "window", "PT36H", "breakdown", "SEGMENT"))
			.data()
			.path("funnel");
		assertThat(bySegment.path("groups").valueStream().map(g -> g.path("key").asString())).containsExactly("all");
		assertThat(bySegment.path("total").path("steps").valueStream().map(s -> s.path("customers").asInt()))
			.as("purchases two days after the first view fall outside 36 hours").containsExactly(4, 0);
	}

	@Test
	void badArgumentsNameTheirField() {
		assertBadRequest(this.http.post(FUNNEL, Map.of("template", "KYC", "window", "30 days")), "window");
		assertBadRequest(this.http.post(FUNNEL, Map.of("steps", List.of(Map.of("eventType", "Login")))), "steps");
		assertBadRequest(this.http.post(FUNNEL, Map.of()), "steps");
		assertBadRequest(this.http.post(FUNNEL, Map.of("steps", List.of(Map.of("eventType", "Login"),
				Map.of("eventType", " ")))), "steps[1].eventType");
		assertBadRequest(this.http.post(DROP_OFFS, Map.of("first", 0)), "first");
		assertBadRequest(this.http.post(DROP_OFFS, Map.of("after", "bm90aGluZw")), "after");
	}

	private JsonNode page(Map<String, Object> variables) {
		GraphQlHttp.Response response = this.http.post(DROP_OFFS, variables);
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		return response.data().path("dropOffs");
	}

	static void assertBadRequest(GraphQlHttp.Response response, String field) {
		JsonNode errors = response.errors();
		assertThat(errors.isArray() && !errors.isEmpty()).as(response.body().toString()).isTrue();
		assertThat(errors.get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(errors.get(0).path("extensions").path("field").asString()).isEqualTo(field);
	}

}
