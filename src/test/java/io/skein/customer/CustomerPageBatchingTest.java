package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graph.Graph;
import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of 50 customers with their profile, identifiers, accounts and interactions costs two Cypher
 * queries, not 50 per field: the page, then every selected part of the customer view for all of them.
 */
@SkeinTest
class CustomerPageBatchingTest {

	static final int CUSTOMERS = 53;

	@Autowired
	IngestService ingest;

	@Autowired
	Graph graph;

	@LocalServerPort
	int port;

	@Test
	void aPageOfFiftyCustomersCostsAHandfulOfQueries() {
		List<Map<String, Object>> records = new ArrayList<>();
		List<Map<String, Object>> events = new ArrayList<>();
		for (int n = 0; n < CUSTOMERS; n++) {
			String num = String.format("%02d", n);
			records.add(Map.of("source", "core", "sourceId", num, "firstName", "Person", "lastName", "N" + num, "email",
					"person" + num + "@example.in", "accounts",
					List.of(Map.of("accountNumber", "SB" + num + "01", "productCode", "SAVINGS"),
							Map.of("accountNumber", "CC" + num + "02", "productCode", "CREDIT_CARD"))));
			for (int e = 0; e < 7; e++) {
				events.add(Map.of("eventId", "e-" + num + "-" + e, "type", "page_view", "channel", e % 2 == 0 ? "web" : "app",
						"at", String.format("2026-04-%02dT10:00:00Z", e + 1), "identifiers",
						Map.of("email", "person" + num + "@example.in")));
			}
		}
		this.ingest.ingestRecords(records, "records");
		this.ingest.track(events, "events");
		GraphQlHttp http = new GraphQlHttp(this.port);

		long before = this.graph.queriesRun();
		GraphQlHttp.Response response = http.post(Documents.named("customersPage"), Map.of("first", 50));
		long queries = this.graph.queriesRun() - before;

		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		System.out.println("customers(first: 50) with profile, identifiers, accounts, interactions ran " + queries
				+ " Cypher queries");
		assertThat(queries).as("the page, then every part of the view for all 50 at once").isEqualTo(2);

		JsonNode page = response.data().path("customers");
		assertThat(page.path("totalCount").asInt()).isEqualTo(CUSTOMERS);
		assertThat(page.path("edges").size()).isEqualTo(50);
		assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		Map<String, JsonNode> byName = new HashMap<>();
		page.path("edges").forEach(e -> byName
			.put(e.path("node").path("profile").path("fullName").path("value").asString(), e.path("node")));
		assertThat(page.path("edges").get(0).path("node").path("profile").path("fullName").path("value").asString())
			.as("oldest first")
			.isEqualTo("Person N00");
		for (String num : List.of("00", "07", "31", "49")) {
			JsonNode customer = byName.get("Person N" + num);
			assertThat(customer).as("Person N" + num).isNotNull();
			assertThat(customer.path("identifiers").findValuesAsString("value")).containsExactlyInAnyOrder(
					"person" + num + "@example.in", "SB" + num + "01", "CC" + num + "02");
			List<String> accounts = new ArrayList<>();
			customer.path("accounts")
				.forEach(a -> accounts.add(a.path("accountNumber").asString() + "/" + a.path("product").path("code").asString()));
			assertThat(accounts).containsExactly("CC" + num + "02/CREDIT_CARD", "SB" + num + "01/SAVINGS");
			assertThat(CustomerViewHttpTest.eventIds(customer.path("interactions"))).containsExactly("e-" + num + "-6",
					"e-" + num + "-5", "e-" + num + "-4", "e-" + num + "-3", "e-" + num + "-2");
		}

		GraphQlHttp.Response next = http.post(Documents.named("customersPage"),
				Map.of("first", 50, "after", page.path("pageInfo").path("endCursor").asString()));
		JsonNode rest = next.data().path("customers");
		assertThat(rest.path("edges").size()).as(next.body().toString()).isEqualTo(CUSTOMERS - 50);
		assertThat(rest.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		Set<String> seen = new HashSet<>();
		page.path("edges").forEach(e -> seen.add(e.path("node").path("id").asString()));
		rest.path("edges").forEach(e -> assertThat(seen.add(e.path("node").path("id").asString())).isTrue());
		assertThat(seen).hasSize(CUSTOMERS);
	}

}
