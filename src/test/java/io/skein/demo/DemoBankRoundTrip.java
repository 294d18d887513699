package io.skein.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.skein.consent.ConsentService;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.ingest.cli.ClusterExporter;
import io.skein.ingest.cli.ImportSummary;
import io.skein.orchestration.JourneyEngine;
import io.skein.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed demo bank end to end, checked on the store {@link ReadmeExamplesTest} imported it into (one
 * import of the whole seed serves both): every line of seed-data imported, export-clusters writes one row per
 * record, Alice's 360 over HTTP has her three records, her accounts, and both her web and app history, the
 * Patels are one household of two customers, and the journey engine's first run respects consent.
 */
record DemoBankRoundTrip(ClusterExporter exporter, JourneyEngine engine, ConsentService consents, Graph graph,
		CypherQueries queries, int port, Path dir) {

	static final Path RECORDS = Path.of("seed-data/records.ndjson");

	static final Path EVENTS = Path.of("seed-data/events.ndjson");

	/** The day after the demo's as-of date, at noon in India (outside quiet hours). */
	static final java.time.Instant DAY_AFTER = java.time.Instant.parse("2026-11-16T06:30:00Z");

	void check(ImportSummary summary) throws IOException {
		long lines = lines(RECORDS) + lines(EVENTS);
		ClusterExporter.Exported exported = this.exporter.export(this.dir.resolve("clusters.csv"));

		assertThat(summary.rejected()).isZero();
		assertThat(summary.created()).isEqualTo(lines);
		List<String> rows = Files.readAllLines(this.dir.resolve("clusters.csv"));
		assertThat(rows).hasSize((int) lines(RECORDS) + 1);
		assertThat(exported.rows()).isEqualTo(rows.size() - 1);
		Set<String> aliceCustomers = rows.stream()
			.filter(r -> r.contains("ALICE"))
			.map(r -> r.substring(r.lastIndexOf(',') + 1))
			.collect(Collectors.toSet());
		assertThat(aliceCustomers).as("Alice's records share one customer").hasSize(1);

		JsonNode alice = new GraphQlHttp(this.port).post("""
				{ customerBySourceRecord(source: "core_banking", sourceId: "CB-ALICE-001") {
				    id sourceRecords { source } accounts { accountNumber product { code } }
				    interactions(first: 200) { edges { node { channel type category } } } } }""", Map.of())
			.data()
			.path("customerBySourceRecord");

		assertThat(alice.path("id").asString()).isEqualTo(aliceCustomers.iterator().next());
		Set<String> sources = new HashSet<>();
		alice.path("sourceRecords").forEach(r -> sources.add(r.path("source").asString()));
		assertThat(sources).contains("core_banking", "crm", "app");
		assertThat(alice.path("accounts")).isNotEmpty();
		Set<String> channels = new HashSet<>();
		Set<String> types = new HashSet<>();
		alice.path("interactions").path("edges").forEach(e -> {
			channels.add(e.path("node").path("channel").asString());
			types.add(e.path("node").path("type").asString());
		});
		assertThat(channels).contains("WEB", "APP", "SOCIAL");
		assertThat(types).contains("Page_viewed", "Social_like", "Social_share", "App_installed", "Bill_paid");

		// The Patels (P0000003, P0000004) share a family mobile: two customers, one household on the 360.
		JsonNode rajesh = new GraphQlHttp(this.port).post("""
				{ customerBySourceRecord(source: "core_banking", sourceId: "CB-10000003") {
				    id household { id members { id profile { fullName { value } } } sharedIdentifiers { type value } } } }""",
				Map.of())
			.data()
			.path("customerBySourceRecord");
		Set<String> members = new HashSet<>();
		rajesh.path("household").path("members").forEach(m -> members.add(m.path("profile").path("fullName").path("value").asString()));
		Set<String> shared = new HashSet<>();
		rajesh.path("household").path("sharedIdentifiers").forEach(i -> shared.add(i.path("type").asString() + " " + i.path("value").asString()));
		assertThat(members).hasSize(2)
			.anyMatch(n -> n.equalsIgnoreCase("Rajesh Patel"))
			.anyMatch(n -> n.matches("(?i)Re(kh|hk)a Patel"));
		assertThat(shared).contains("PHONE +917000108887");

		theOneTimeUserJourneyFillsTheOutboxOnlyWithConsent(alice.path("id").asString());
	}

	private static long lines(Path file) throws IOException {
		try (var lines = Files.lines(file)) {
			return lines.count();
		}
	}

	/**
	 * The engine's first run on the demo bank: one-time users who viewed a product page get the e-mail, those
	 * who withdrew marketing e-mails an SMS instead, and nobody gets a message on a channel they did not
	 * allow marketing on (the seed's consents: about 70% allow it).
	 */
	private void theOneTimeUserJourneyFillsTheOutboxOnlyWithConsent(String alice) {
		JourneyEngine.Run run = this.engine.runOnce(DAY_AFTER);
		assertThat(run.enrolled()).isPositive();
		List<Map<String, Object>> outbox = this.graph.query(this.queries.get("test/outbox"), Map.of(),
				r -> r.get("message").asMap());
		// every message of every shipped journey has the customer's consent for its channel and purpose
		Map<String, List<io.skein.consent.ConsentView>> held = this.consents
			.consentsOf(outbox.stream().map(m -> (String) m.get("customerId")).distinct().toList());
		assertThat(outbox).noneMatch(m -> "SERVICE".equals(m.get("purpose")));
		for (Map<String, Object> message : outbox) {
			assertThat(held.getOrDefault((String) message.get("customerId"), List.of()))
				.as("%s %s consent of %s", message.get("channel"), message.get("purpose"), message.get("customerId"))
				.anyMatch(c -> c.channel().name().equals(message.get("channel"))
						&& c.purpose().name().equals(message.get("purpose"))
						&& c.state() == io.skein.consent.ConsentState.GRANTED);
		}
		List<Map<String, Object>> oneTime = outbox.stream().filter(m -> "one-time-user".equals(m.get("journeyKey"))).toList();
		Map<Object, Long> byChannel = oneTime.stream().collect(Collectors.groupingBy(m -> m.get("channel"), Collectors.counting()));
		assertThat(byChannel.getOrDefault("EMAIL", 0L)).as("e-mails: %s", byChannel).isGreaterThan(20);
		assertThat(byChannel.getOrDefault("SMS", 0L)).as("SMS fallbacks: %s", byChannel).isPositive();
		List<String> customers = oneTime.stream().map(m -> (String) m.get("customerId")).distinct().toList();
		assertThat(customers).as("one message per customer").hasSize(oneTime.size());
		assertThat(oneTime).as("Alice viewed home-loan pages").anyMatch(m -> alice.equals(m.get("customerId"))
				&& "EMAIL".equals(m.get("channel")));
		for (Map<String, Object> message : oneTime) {
			assertThat(message.get("purpose")).isEqualTo("MARKETING");
			if ("SMS".equals(message.get("channel"))) {
				assertThat(held.get((String) message.get("customerId")))
					.as("an SMS only where marketing e-mail was not allowed")
					.noneMatch(c -> c.channel() == io.skein.consent.ConsentChannel.EMAIL
							&& c.purpose() == io.skein.consent.ConsentPurpose.MARKETING
							&& c.state() == io.skein.consent.ConsentState.GRANTED);
			}
		}
		assertThat(run.enrolled()).as("one-time users who viewed no product page, or allowed no marketing, got nothing")
			.isGreaterThan(customers.size());
	}

}
