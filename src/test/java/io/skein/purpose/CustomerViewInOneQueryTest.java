package io.skein.purpose;

import java.util.List;
import java.util.Map;

import io.skein.graph.Graph;
import io.skein.ingest.IngestService;
import io.skein.segment.SegmentService;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alice's customer-360 (profile, records, identifiers, accounts, newest interactions, segments, purposes)
 * costs one Cypher query: finding her and every part at once. Each field asked for alone goes through
 * its own batch loader; the answers must be the same either way.
 */
@PurposeTest
class CustomerViewInOneQueryTest {

	static final Map<String, String> FIELDS = Map.of(
			"profile", "profile { firstName { value source sourceId rule } email { value source } attributes { name value } }",
			"sourceRecords", "sourceRecords { source sourceId }",
			"identifiers", "identifiers { type value guarded }",
			"accounts", "accounts { accountNumber openedAt product { code } }",
			"interactions", "interactions(first: 4) { edges { cursor node { eventId type at } } pageInfo { hasNextPage endCursor } }",
			"segments", "segments { since segment { id name } }",
			"purposes", "purposes { type stage silenceDays evidence { role interaction { eventId } } }");

	@Autowired
	IngestService ingest;

	@Autowired
	SegmentService segments;

	@Autowired
	GraphProbe probe;

	@Autowired
	Graph graph;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	String alice;

	@BeforeEach
	void aliceLivesHerWeek() {
		this.clock.set("2026-11-08T12:00:00Z");
		this.segments.create(Map.of("name", "Savers", "rule", Map.of("holding", Map.of("products", List.of("SAVINGS")))));
		this.ingest.ingestRecords(AliceWeek.records(), "records");
		this.ingest.track(AliceWeek.events(), "events");
		this.alice = this.probe.customerOf("core_banking", "CB-ALICE-001");
	}

	@Test
	void theWholeViewInOneQueryAnswersAsEachFieldAlone() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		long before = this.graph.queriesRun();
		JsonNode whole = customer(http, String.join(" ", FIELDS.values()));
		long queries = this.graph.queriesRun() - before;

		assertThat(queries).as("find the customer and every part of the view in one query").isEqualTo(1);
		assertThat(whole.path("purposes").size()).isEqualTo(2);
		assertThat(whole.path("segments").findValuesAsString("name")).containsExactly("Savers");
		assertThat(whole.path("interactions").path("edges").size()).isEqualTo(4);
		assertThat(whole.path("interactions").path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		assertThat(whole.path("accounts").findValuesAsString("accountNumber")).containsExactly("100007919393");
		FIELDS.forEach((field, selection) -> assertThat(customer(http, selection).path(field)).as(field)
			.isEqualTo(whole.path(field)));
	}

	@Test
	void fragmentsAndVariablesStillMakeOneQuery() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		JsonNode whole = customer(http, String.join(" ", FIELDS.values()));
		String document = """
				query($id: ID!, $n: Int, $channels: [Channel!] = [SOCIAL]) {
				  customer(id: $id) {
				    ...parts
				    ... on Customer { %s }
				    later: interactions(first: $n, channel: $channels) { edges { node { eventId } } }
				  }
				}
				fragment parts on Customer { %s %s }
				""".formatted(FIELDS.get("segments"), FIELDS.get("profile"), FIELDS.get("accounts"));
		long before = this.graph.queriesRun();
		GraphQlHttp.Response response = http.post(document, Map.of("id", this.alice, "n", 2));
		long queries = this.graph.queriesRun() - before;

		JsonNode customer = response.data().path("customer");
		assertThat(customer.path("profile")).isEqualTo(whole.path("profile"));
		assertThat(customer.path("accounts")).isEqualTo(whole.path("accounts"));
		assertThat(customer.path("segments")).isEqualTo(whole.path("segments"));
		assertThat(customer.path("later").findValuesAsString("eventId")).as("the variable's default filter applies")
			.containsExactly("ev-23", "ev-22");
		assertThat(queries).as("one query for the parts in fragments, one for the filtered page").isEqualTo(2);
	}

	@Test
	void whatTheLeanViewLeavesOutIsReadWhenSelectedAnywhere() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		String document = """
				query($id: ID!) {
				  customer(id: $id) {
				    %s
				    segments { segment { name ...rule } }
				    accounts { accountNumber assertedBy { source sourceId } }
				  }
				}
				fragment rule on Segment { rule }
				""".formatted(FIELDS.get("profile"));
		long before = this.graph.queriesRun();
		GraphQlHttp.Response response = http.post(document, Map.of("id", this.alice));
		long queries = this.graph.queriesRun() - before;

		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		JsonNode customer = response.data().path("customer");
		assertThat(queries).as("still one query").isEqualTo(1);
		assertThat(customer.path("segments").get(0).path("segment").path("rule").isObject()).isTrue();
		assertThat(customer.path("accounts").findValuesAsString("sourceId")).containsExactly("CB-ALICE-001");
		assertThat(customer.path("segments"))
			.isEqualTo(customer(http, "segments { segment { name rule } }").path("segments"));
		assertThat(customer.path("accounts"))
			.isEqualTo(customer(http, "accounts { accountNumber assertedBy { source sourceId } }").path("accounts"));
	}

	@Test
	void filteredInteractionsAndAPageOfCustomersAreStillRight() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		JsonNode filtered = customer(http, "identifiers { value } interactions(first: 2, channel: [SOCIAL]) { edges { node { eventId } } }");
		assertThat(filtered.path("interactions").findValuesAsString("eventId")).containsExactly("ev-23", "ev-22");

		GraphQlHttp.Response page = http.post("{ customers(first: 10) { edges { node { id "
				+ String.join(" ", FIELDS.values()) + " } } } }", Map.of());
		JsonNode node = page.data().path("customers").path("edges").get(0).path("node");
		assertThat(node.path("id").asString()).isEqualTo(this.alice);
		assertThat(node.path("purposes")).isEqualTo(customer(http, FIELDS.get("purposes")).path("purposes"));
		assertThat(node.path("interactions")).isEqualTo(customer(http, FIELDS.get("interactions")).path("interactions"));
	}

	private JsonNode customer(GraphQlHttp http, String selection) {
		GraphQlHttp.Response response = http.post("query($id: ID!) { customer(id: $id) { " + selection + " } }",
				Map.of("id", this.alice));
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		return response.data().path("customer");
	}

}
