package io.skein.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.skein.ingest.cli.ClusterExporter;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed demo bank end to end: every line of seed-data imports, export-clusters writes one row per
 * record, and Alice's 360 over HTTP has her three records, her accounts, and both her web and app history.
 */
@SkeinTest
class DemoBankRoundTripTest {

	@Autowired
	ImportService imports;

	@Autowired
	ClusterExporter exporter;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Test
	void theDemoBankImportsExportsAndAnswersAlicesCustomer360() throws IOException {
		Path records = Path.of("seed-data/records.ndjson");
		Path events = Path.of("seed-data/events.ndjson");
		long lines = Files.lines(records).count() + Files.lines(events).count();

		ImportSummary summary = this.imports.importFiles(List.of(records, events), null, ImportProgress.NONE);
		ClusterExporter.Exported exported = this.exporter.export(this.dir.resolve("clusters.csv"));

		assertThat(summary.rejected()).isZero();
		assertThat(summary.created()).isEqualTo(lines);
		List<String> rows = Files.readAllLines(this.dir.resolve("clusters.csv"));
		assertThat(rows).hasSize((int) Files.lines(records).count() + 1);
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
	}

}
