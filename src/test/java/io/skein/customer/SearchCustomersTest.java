package io.skein.customer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search by name, email and phone, answered as customers with Relay pages; exact names first (a
 * full name, then a surname or given name), the customer most records agree on first among equals.
 */
@SkeinTest
class SearchCustomersTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ImportService imports;


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

	@Test
	void aOneWordSurnameSearchRanksExactSurnamesAboveOtherMatches(@TempDir Path dir) throws IOException {
		// every demo-bank record that says "Fernandes" (the Fernandes families, Alice among them), and one
		// woman for whom it is only a middle name
		List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("seed-data/records.ndjson")).stream()
			.filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("fernandes")).toList());
		lines.add("{\"source\":\"crm\",\"sourceId\":\"MFP-1\",\"firstName\":\"Maria\",\"middleName\":\"Fernandes\","
				+ "\"lastName\":\"Pinto\",\"fullName\":\"Maria Fernandes Pinto\"}");
		this.imports.importFiles(List.of(Files.write(dir.resolve("fernandes.ndjson"), lines)), null, ImportProgress.NONE);

		JsonNode hits = search("fernandes", 100, null);
		List<String> names = names(hits);
		assertThat(names).hasSizeGreaterThan(20);
		assertThat(names.get(names.size() - 1)).as("a middle name ranks after every surname").isEqualTo("Maria Fernandes Pinto");
		// among equally exact surnames, the customer more records agree on first: Harish (five records) before
		// Thomas (one); Alice (three) before every one-record Fernandes
		assertThat(names.indexOf("Harish Fernandes")).isLessThan(names.indexOf("Thomas Fernandes"));
		assertThat(names.indexOf("Alice Fernandes")).as("Alice near the top: %s", names).isBetween(0, 9)
			.isLessThan(names.indexOf("Thomas Fernandes")).isLessThan(names.indexOf("Ananya Fernandes"));
		assertThat(names(search("Alice Fernandes", 5, null))).first().isEqualTo("Alice Fernandes");
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
