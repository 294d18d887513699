package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search by name, email and phone, answered as customers with Relay pages. */
@SkeinTest
class SearchCustomersTest {

	@Autowired
	IngestService ingest;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void loadCustomers() {
		this.http = new GraphQlHttp(this.port);
		ingest("siobhan", Map.of("source", "crm", "sourceId", "1", "firstName", "Siobhan", "lastName", "O'Brien",
				"email", "siobhan.obrien@example.ie", "phone", "+353871234567"));
		ingest("asha", Map.of("source", "crm", "sourceId", "2", "firstName", "Asha", "lastName", "Rao", "email",
				"asha.rao@example.in", "phone", "+919876543210"));
		ingest("ravi", Map.of("source", "crm", "sourceId", "3", "firstName", "Ravi", "lastName", "Rao", "email",
				"ravi.rao@example.in", "phone", "+919812345678"));
		// a second record of Asha's: her hits must still come back as one customer
		ingest("asha", Map.of("source", "core", "sourceId", "9", "firstName", "Asha", "lastName", "Rao", "email",
				"asha.rao@example.in"));
	}

	@Test
	void findsCustomersByNameEmailAndPhone() {
		assertThat(names(search("O'Brien", 20, null))).containsExactly("Siobhan O'Brien");
		assertThat(names(search("siobhan", 20, null))).containsExactly("Siobhan O'Brien");
		assertThat(names(search("asha.rao@example.in", 20, null))).containsExactly("Asha Rao");
		assertThat(names(search("+919812345678", 20, null))).containsExactly("Ravi Rao");
		assertThat(names(search("Asha Rao", 20, null))).as("every term must match").containsExactly("Asha Rao");
		JsonNode raos = search("rao", 20, null);
		assertThat(raos.path("totalCount").asInt()).as("one hit per customer, not per record").isEqualTo(2);
		assertThat(names(raos)).containsExactlyInAnyOrder("Asha Rao", "Ravi Rao");
		assertThat(names(search("nobody", 20, null))).isEmpty();
	}

	@Test
	void pagesThroughHitsWithCursors() {
		JsonNode first = search("rao", 1, null);
		assertThat(first.path("totalCount").asInt()).isEqualTo(2);
		assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		JsonNode second = search("rao", 1, first.path("pageInfo").path("endCursor").asString());
		assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		List<String> both = new ArrayList<>(names(first));
		both.addAll(names(second));
		assertThat(both).containsExactlyInAnyOrder("Asha Rao", "Ravi Rao");
	}

	@Test
	void specialCharactersAreSearchedForNotParsed() {
		for (String text : List.of("O'Brien AND (x", "rao)", "\"asha", "asha\\", "*", "ravi~ OR r?o [1 TO 2]",
				"email:asha.rao@example.in", "&& || ! ^ { } : /")) {
			GraphQlHttp.Response response = this.http.post(Documents.named("searchCustomers"),
					Map.of("text", text, "first", 20));
			assertThat(response.errors().isMissingNode() || response.errors().isEmpty())
				.as(text + " -> " + response.body())
				.isTrue();
			assertThat(response.data().path("searchCustomers").path("totalCount").isInt()).isTrue();
		}
		assertThat(names(search("rao)", 20, null))).as("brackets are no syntax").hasSize(2);
		assertThat(names(search("O'Brien AND (x", 20, null))).as("AND is a term, and x matches nothing").isEmpty();
	}

	private JsonNode search(String text, int first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("text", text);
		variables.put("first", first);
		if (after != null) {
			variables.put("after", after);
		}
		GraphQlHttp.Response response = this.http.post(Documents.named("searchCustomers"), variables);
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		return response.data().path("searchCustomers");
	}

	private static List<String> names(JsonNode connection) {
		List<String> names = new ArrayList<>();
		connection.path("edges")
			.forEach(e -> names.add(e.path("node").path("profile").path("fullName").path("value").asString()));
		return names;
	}

	private void ingest(String name, Map<String, Object> record) {
		assertThat(this.ingest.ingestRecords(List.of(record), "records").get(0).customerId()).as(name).isNotNull();
	}

}
