package io.skein.identity.resolution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.Graph;
import io.skein.ingest.DerivedStateUpkeep;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store work of one single-record ingest with real-time resolution in the call (issue 12 item 6): a
 * near-duplicate joins its customer, the record's write and its resolution commit in one write transaction,
 * and what the resolution checks besides its scope (the model's version, whether the first model is due, the
 * record's new owner, the customers to update derived state for) is read in that transaction, not in read
 * transactions of their own. Through GraphQL the call's audit entry is stored in that transaction too: the call
 * commits once (one transaction-log append and force). Counted, never timed.
 */
@SkeinTest
// the properties of IncrementalEqualsBatchTest (one context for both): derived state is held back per call here
@TestPropertySource(properties = { "skein.upkeep.mode=async", "skein.resolution.realtime.mode=sync" })
class SingleRecordStoreWorkTest {

	private static final String INGEST_ONE = "mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status customerId } }";

	@Autowired
	IngestService ingest;

	@Autowired
	Graph graph;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DerivedStateUpkeep upkeep;

	@Autowired
	GraphProbe probe;

	@LocalServerPort
	int port;

	@AfterEach
	void settle() throws InterruptedException {
		assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(120))).isTrue();
	}

	@Test
	void aNearDuplicateJoinsItsCustomerWithItsChecksReadInTheResolutionTransaction() throws InterruptedException {
		List<Map<String, Object>> originals = People.fixture().stream().filter(r -> "crm".equals(r.get("source"))).toList();
		this.ingest.ingestRecords(originals, "records");
		assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(120))).isTrue();
		Map<String, Double> queries = new TreeMap<>();
		int alone = 0;
		for (Map<String, Object> original : originals) {
			Map<String, Object> duplicate = duplicateOf(original);
			String joined = this.probe.customerOf("crm", (String) original.get("sourceId"));

			long writes = this.graph.writeTransactions();
			double reads = reads();
			Map<String, Double> before = queryCounts();
			IngestResult result;
			Map<String, Double> call;
			long writeTransactions;
			double readTransactions;
			try (DerivedStateUpkeep.Hold held = this.upkeep.hold()) {
				result = this.ingest.ingestRecord(0, duplicate, "records[0]");
				writeTransactions = this.graph.writeTransactions() - writes;
				readTransactions = reads() - reads;
				call = queriesSince(before);
				System.out.printf("one call: %d write and %.0f read transactions, %s%n", writeTransactions,
						readTransactions, call);
			}
			// the counters are the store's: a scheduled job running meanwhile would show in queries of its own
			if (call.keySet().stream().allMatch(name -> name.matches("(identity|ingest|privacy)/.*"))) {
				alone++;
				assertThat(writeTransactions).as("the record's write and its resolution commit together").isEqualTo(1);
				assertThat(readTransactions).as("no read transaction of its own").isZero();
			}
			assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(120))).isTrue();
			call.forEach((name, n) -> queries.merge(name, n, Double::sum));
			assertThat(call).as("the queries of one call").containsEntry("identity/take-resolution-gate", 1.0)
				.containsEntry("ingest/upsert-records", 1.0)
				// the model's version and the record count come with the gate, the owners with the scope's matches
				.doesNotContainKeys("identity/model-version", "identity/record-count", "identity/resolve-customer",
						"identity/record-owners");
			// each round of the scope walk brings the records it names: only the first round's are read apart
			assertThat(call.getOrDefault("identity/records-by-ids", 0.0)).as("records read apart from the walk's rounds")
				.isLessThanOrEqualTo(1.0);
			assertThat(result.customerId()).as("the near-duplicate of %s joined its customer", original.get("sourceId"))
				.isEqualTo(joined);
			assertThat(this.probe.customerOf("branch", (String) original.get("sourceId"))).isEqualTo(joined);
		}
		assertThat(alone).as("calls counted with nothing else running").isPositive();
		List<String> perCall = new ArrayList<>();
		queries.forEach((name, n) -> {
			if (n > 0) {
				perCall.add(String.format(java.util.Locale.ROOT, "%s %.1f", name, n / originals.size()));
			}
		});
		System.out.println("Queries per single-record call: " + perCall);
	}

	@Test
	void throughGraphQlTheCallCommitsOnceWithItsAuditEntry() throws InterruptedException {
		List<Map<String, Object>> originals = People.fixture()
			.stream()
			.filter(r -> "crm".equals(r.get("source")))
			.limit(4)
			.toList();
		this.ingest.ingestRecords(originals, "records");
		assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(120))).isTrue();
		GraphQlHttp http = new GraphQlHttp(this.port);
		http.ok("{ auditLog(first: 1) { edges { node { id } } } }", Map.of()); // the test key is read and remembered
		int alone = 0;
		for (Map<String, Object> original : originals) {
			String joined = this.probe.customerOf("crm", (String) original.get("sourceId"));
			Map<String, Double> before = queryCounts();
			long writes = this.graph.writeTransactions();
			long commits = this.graph.commits();
			JsonNode answer;
			Map<String, Double> call;
			try (DerivedStateUpkeep.Hold held = this.upkeep.hold()) {
				answer = http.ok(INGEST_ONE, Map.of("r", List.of(duplicateOf(original))));
				writes = this.graph.writeTransactions() - writes;
				commits = this.graph.commits() - commits;
				call = queriesSince(before);
			}
			assertThat(answer.path("ingestRecords").get(0).path("customerId").asString()).isEqualTo(joined);
			assertThat(call).as("one audit entry, in the call's transaction").containsEntry("audit/append", 1.0);
			if (call.keySet().stream().allMatch(name -> name.matches("(identity|ingest|privacy|audit)/.*"))) {
				alone++;
				assertThat(writes).as("the record, its resolution and its audit entry in one write transaction").isEqualTo(1);
				assertThat(commits).as("one commit").isEqualTo(1);
			}
			assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(120))).isTrue();
		}
		assertThat(alone).as("calls counted with nothing else running").isPositive();

		// a call that writes nothing has no transaction of its own: its entry is stored after it
		long commits = this.graph.commits();
		Map<String, Double> before = queryCounts();
		http.post(INGEST_ONE, Map.of("r", List.of(Map.of("source", "crm"))));
		commits = this.graph.commits() - commits;
		Map<String, Double> rejectedCall = queriesSince(before);
		assertThat(rejectedCall).as("the rejected call's queries").containsEntry("audit/append", 1.0);
		if (rejectedCall.size() == 1) {
			assertThat(commits).as("the audit entry's own commit").isEqualTo(1);
		}

		JsonNode entries = http.ok("{ auditLog(action: \"ingestRecords\") { edges { node { outcome arguments } } } }",
				Map.of()).path("auditLog").path("edges");
		List<String> stored = new ArrayList<>();
		entries.forEach(e -> stored.add(e.path("node").path("outcome").asString() + " " + e.path("node").path("arguments").asString()));
		List<String> expected = new ArrayList<>();
		expected.add("PARTIAL {\"answered\":1,\"records\":\"1 items\",\"results\":{\"REJECTED\":1}}");
		originals.forEach(o -> expected.add("OK {\"answered\":1,\"records\":\"1 items\",\"results\":{\"CREATED\":1}}"));
		assertThat(stored).as("one entry per call, none twice").containsExactlyElementsOf(expected);
	}

	/** The same person from another source, the first name mistyped: no identifier in common, joined by fuzzy matching. */
	private static Map<String, Object> duplicateOf(Map<String, Object> original) {
		Map<String, Object> duplicate = new java.util.LinkedHashMap<>(original);
		duplicate.put("source", "branch");
		duplicate.put("firstName", typo((String) original.get("firstName")));
		return duplicate;
	}

	private double reads() {
		Counter reads = this.meters.find("skein.cypher.transactions").tag("access", "read").counter();
		return reads == null ? 0 : reads.count();
	}

	/** The queries run since {@code before} ({@link #queryCounts}), by name. */
	private Map<String, Double> queriesSince(Map<String, Double> before) {
		Map<String, Double> since = new TreeMap<>();
		queryCounts().forEach((name, n) -> since.put(name, n - before.getOrDefault(name, 0.0)));
		since.values().removeIf(n -> n == 0);
		return since;
	}

	private Map<String, Double> queryCounts() {
		Map<String, Double> counts = new TreeMap<>();
		this.meters.find("skein.cypher.queries").counters().forEach(c -> counts.put(c.getId().getTag("query"), c.count()));
		return counts;
	}

	/** One inner letter typed twice: "Anita" → "Aniita". */
	private static String typo(String name) {
		return name.substring(0, 3) + name.charAt(2) + name.substring(3);
	}

}
