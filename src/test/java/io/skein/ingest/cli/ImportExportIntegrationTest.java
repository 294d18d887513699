package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.support.SkeinTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SkeinTest
class ImportExportIntegrationTest {

	@Autowired
	ImportService importer;

	@Autowired
	ClusterExporter exporter;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@Test
	void importsLineByLineThenExportsOneSortedRowPerStoredRecord() throws IOException {
		Path file = PeopleFixture.write(this.dir);

		ImportSummary summary = this.importer.importFiles(List.of(file), null, ImportProgress.NONE);

		assertThat(summary.files()).isEqualTo(1);
		assertThat(summary.linesRead()).isEqualTo(PeopleFixture.LINES);
		assertThat(summary.records()).isEqualTo(PeopleFixture.STORED_RECORDS + 1);
		assertThat(summary.events()).isEqualTo(PeopleFixture.EVENTS);
		assertThat(summary.created()).isEqualTo(PeopleFixture.STORED_RECORDS + PeopleFixture.EVENTS);
		assertThat(summary.updated()).isZero();
		assertThat(summary.unchanged()).isZero();
		assertThat(summary.rejected()).isEqualTo(2);
		assertThat(summary.rejections()).extracting(ImportSummary.Rejection::line).containsExactly(7L, 8L);
		assertThat(summary.rejections().get(0).toString()).startsWith(file + ":7: $: not valid JSON");
		assertThat(summary.rejections().get(1)).hasToString(file + ":8: sourceId: is required");
		assertThat(summary.warnings()).isPositive();
		assertThat(summary.customers() - summary.anonymousCustomers()).isEqualTo(PeopleFixture.KNOWN_CUSTOMERS);
		assertThat(summary.exitCode()).isEqualTo(2);

		Path csv = this.dir.resolve("out/clusters.csv");
		ClusterExporter.Exported exported = this.exporter.export(csv);

		List<CSVRecord> rows = PeopleFixture.readCsv(csv);
		assertThat(rows).hasSize(PeopleFixture.STORED_RECORDS).hasSize((int) storedRecords());
		assertThat(exported.rows()).isEqualTo(rows.size());
		assertThat(exported.customers()).isEqualTo(PeopleFixture.KNOWN_CUSTOMERS)
			.isEqualTo(rows.stream().map(r -> r.get("customerId")).distinct().count());
		assertThat(rows).allSatisfy(r -> assertThat(r.get("customerId")).startsWith("c-"));
		assertThat(PeopleFixture.customerOf(rows, "crm", "1")).isEqualTo(PeopleFixture.customerOf(rows, "core", "A-1"));
		assertThat(PeopleFixture.customerOf(rows, "crm", "2")).isEqualTo(PeopleFixture.customerOf(rows, "web", "u-9"))
			.isNotEqualTo(PeopleFixture.customerOf(rows, "crm", "1"));
		assertThat(rows).isSortedAccordingTo(Comparator.comparing((CSVRecord r) -> r.get("source"))
			.thenComparing(r -> r.get("sourceId")));
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("source,sourceId,customerId\r\n").contains("crm,\"5, \"\"quoted\"\"\",c-");
	}

	@Test
	void pagesThroughTheExportWithoutLosingOrRepeatingRows() throws IOException {
		Path file = PeopleFixture.write(this.dir);
		this.importer.importFiles(List.of(file), null, ImportProgress.NONE);
		ClusterExporter smallPages = new ClusterExporter(this.graph, this.queries, 2);

		smallPages.export(this.dir.resolve("paged.csv"));
		this.exporter.export(this.dir.resolve("whole.csv"));

		assertThat(this.dir.resolve("paged.csv")).hasSameBinaryContentAs(this.dir.resolve("whole.csv"));
		assertThat(PeopleFixture.readCsv(this.dir.resolve("paged.csv"))).hasSize(PeopleFixture.STORED_RECORDS);
	}

	@Test
	void anEmptyGraphExportsTheHeaderOnly() throws IOException {
		ClusterExporter.Exported exported = this.exporter.export(this.dir.resolve("empty.csv"));
		assertThat(exported.rows()).isZero();
		assertThat(exported.customers()).isZero();
		assertThat(this.dir.resolve("empty.csv")).hasContent("source,sourceId,customerId");
	}

	private long storedRecords() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (r:SourceRecord) RETURN count(r) AS n").single().get("n").asLong();
		}
	}

}
