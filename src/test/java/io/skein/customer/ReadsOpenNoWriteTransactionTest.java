package io.skein.customer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.skein.graph.Graph;
import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only requests run in read transactions only, so a Neo4j cluster serves them from its followers and
 * read replicas: the 360, the customer page's own queries (read from the page's script), a page of
 * customers, search, and the lookup by source record open no write transaction.
 */
@SkeinTest
@Tag("server")
class ReadsOpenNoWriteTransactionTest {

	@Autowired
	IngestService ingest;

	@Autowired
	Graph graph;

	@Autowired
	GraphProbe probe;

	@LocalServerPort
	int port;

	String customer;

	@BeforeEach
	void aCustomerWithAnAccountAndVisits() {
		this.ingest.ingestRecords(List.of(Map.of("source", "core", "sourceId", "R-1", "firstName", "Asha", "lastName", "Rao",
				"email", "asha@example.in", "phone", "+91 98450 12345", "accounts",
				List.of(Map.of("accountNumber", "SB0001", "productCode", "SAVINGS")))), "records");
		this.ingest.track(List.of(
				Map.of("eventId", "e-1", "type", "page_view", "channel", "web", "at", "2026-04-01T10:00:00Z", "identifiers",
						Map.of("email", "asha@example.in")),
				Map.of("eventId", "e-2", "type", "page_view", "channel", "app", "at", "2026-04-02T10:00:00Z", "identifiers",
						Map.of("email", "asha@example.in"))), "events");
		this.customer = this.probe.customerOf("core", "R-1");
	}

	@Test
	void readOnlyQueriesOpenNoWriteTransaction() throws IOException {
		GraphQlHttp http = new GraphQlHttp(this.port);
		List<Map.Entry<String, Map<String, Object>>> reads = new ArrayList<>();
		Map<String, Object> byId = Map.of("id", this.customer);
		reads.add(Map.entry(Documents.named("customer360"), byId));
		reads.add(Map.entry(Documents.named("customerSummary"), byId));
		reads.add(Map.entry(Documents.named("customerInteractions"), Map.of("id", this.customer, "first", 1)));
		reads.add(Map.entry(Documents.named("customersPage"), Map.of("first", 10)));
		reads.add(Map.entry(Documents.named("searchCustomers"), Map.of("text", "Asha Rao")));
		reads.add(Map.entry(Documents.named("customerBySourceRecord"), Map.of("source", "core", "sourceId", "R-1")));
		customerPageQueries().forEach(document -> reads.add(Map.entry(document, byId)));

		for (Map.Entry<String, Map<String, Object>> read : reads) {
			assertThat(fewestWrites(http, read.getKey(), read.getValue())).as("write transactions opened by %s", read.getKey())
				.isZero();
		}
	}

	/**
	 * Write transactions begun while the read runs, the fewest of up to three tries: a read that writes does
	 * so every time, while a scheduled sweep of this application (the hourly purpose sweep...) that happens to
	 * write meanwhile does not come back at once.
	 */
	private long fewestWrites(GraphQlHttp http, String document, Map<String, Object> variables) {
		long fewest = Long.MAX_VALUE;
		for (int attempt = 0; attempt < 3 && fewest > 0; attempt++) {
			long queries = this.graph.queriesRun();
			long writes = this.graph.writeTransactions();
			GraphQlHttp.Response response = http.post(document, variables);
			assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString()).isTrue();
			assertThat(this.graph.queriesRun()).as("reads the graph: %s", document).isGreaterThan(queries);
			fewest = Math.min(fewest, this.graph.writeTransactions() - writes);
		}
		return fewest;
	}

	/** The GraphQL queries the console's customer page sends with the customer's id. */
	private static List<String> customerPageQueries() throws IOException {
		String script = new ClassPathResource("static/console/customer.js").getContentAsString(StandardCharsets.UTF_8);
		List<String> documents = new ArrayList<>();
		Matcher matcher = Pattern.compile("`(query\\(\\$id: ID!?\\) \\{.*?)`", Pattern.DOTALL).matcher(script);
		while (matcher.find()) {
			documents.add(matcher.group(1));
		}
		assertThat(documents).as("the page's view, offers and steward actions").hasSizeGreaterThanOrEqualTo(3);
		return documents;
	}

}
