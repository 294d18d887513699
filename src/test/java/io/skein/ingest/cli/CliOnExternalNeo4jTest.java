package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.graph.Neo4jEndpoint;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} and {@code export-clusters} pointed at a Neo4j the command does not start
 * ({@code --spring.neo4j.uri} and, where the server asks for them, {@code --spring.neo4j.authentication.*}):
 * the store this test's application uses, the embedded one's Bolt port or, in the server suite, the Neo4j
 * server process with authentication on. What the command imports is what the application then reads.
 */
@SkeinTest
@Tag("server")
class CliOnExternalNeo4jTest {

	@Autowired
	Neo4jEndpoint endpoint;

	@Autowired
	Environment env;

	@Autowired
	GraphProbe probe;

	@TempDir
	Path dir;

	@Test
	void importAndExportRunAgainstAnExternalServer() throws IOException {
		Path file = PeopleFixture.write(this.dir);

		CliRun imported = skein("import", file.toString());
		assertThat(imported.exitCode()).as(imported.err()).isEqualTo(2);
		assertThat(imported.out()).contains("ingested:   12 (created 12, updated 0)").contains("rejected:   2");

		CliRun exported = skein("export-clusters", "--out", this.dir.resolve("clusters.csv").toString());
		assertThat(exported.exitCode()).as(exported.err()).isZero();
		assertThat(exported.out()).contains("rows:       9").contains("customers:  7");
		assertThat(PeopleFixture.readCsv(this.dir.resolve("clusters.csv"))).hasSize(PeopleFixture.STORED_RECORDS);
		assertThat(this.probe.rows("stored-records", Map.of())).hasSize(PeopleFixture.STORED_RECORDS);
	}

	private CliRun skein(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(io.skein.support.SameStoreArguments.of(this.endpoint, this.env));
		return CliRun.of(all.toArray(String[]::new));
	}

}
