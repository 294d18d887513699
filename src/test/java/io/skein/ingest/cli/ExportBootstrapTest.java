package io.skein.ingest.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GeneratorOptions;
import io.skein.graph.CypherQueries;
import io.skein.graph.EmbeddedNeo4j;
import io.skein.support.GraphFingerprint;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export-bootstrap --out DIR FILE...} writes the graph {@code import --bootstrap} built as
 * {@code neo4j-admin database import full} files: imported with its arguments file into another store (as
 * on a server) and started as Skein starts (empty arrays set), that store holds the same graph, value for value.
 */
@SkeinTest
class ExportBootstrapTest {

	@Autowired
	ExportBootstrapCommand command;

	@Autowired
	GraphFingerprint fingerprint;

	@Autowired
	CypherQueries queries;

	@TempDir
	Path dir;

	@Test
	void theExportedFilesLoadIntoAnotherStoreAsTheSameGraph() throws Exception {
		Path seed = this.dir.resolve("seed");
		new DemoBankGenerator(new GeneratorOptions(25, 11, GeneratorOptions.DEFAULT_AS_OF, 2)).writeTo(seed);
		Path out = this.dir.resolve("export");
		StringWriter printed = new StringWriter();

		int exit = new CommandLine(this.command).setOut(new PrintWriter(printed)).setErr(new PrintWriter(printed))
			.execute("--out", out.toString(), seed.resolve("records.ndjson").toString(), seed.resolve("events.ndjson").toString());

		assertThat(exit).as(printed.toString()).isIn(0, 2);
		assertThat(printed.toString()).contains("exported:").contains("neo4j-admin database import full @"
				+ ExportBootstrapCommand.ARGUMENTS);
		List<String> arguments = Files.readAllLines(out.resolve(ExportBootstrapCommand.ARGUMENTS));
		assertThat(arguments).anyMatch(a -> a.startsWith("--nodes=Customer="))
			.anyMatch(a -> a.startsWith("--relationships=BELONGS_TO="))
			.noneMatch(a -> a.contains(out.toString()));
		List<String> source = this.fingerprint.of();
		assertThat(source).anyMatch(line -> line.startsWith("N[\"SourceRecord\"]") && line.contains("warnings=[]"))
			.anyMatch(line -> line.startsWith("N[\"Household\"]") || line.startsWith("N[\"Purpose\"]"));

		Path server = this.dir.resolve("server");
		Path conf = Files.createDirectories(server.resolve("conf"));
		List<String> args = new ArrayList<>(arguments.stream().map(a -> withFilesIn(out, a)).toList());
		args.add("--report-file=" + server.resolve("import.report"));
		args.add("neo4j");
		int imported = new CommandLine(new ImportCommand.Full(new ExecutionContext(server, conf)))
			.execute(args.toArray(String[]::new));
		assertThat(imported).as("neo4j-admin database import full with the arguments file").isZero();
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(server, "localhost", 0, 32));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
			try (Session session = driver.session()) {
				// what Skein's start does on a store neo4j-admin loaded (SchemaMigrations' last step)
				session.run(this.queries.get("graph/set-empty-lists").text()).consume();
			}
			assertThat(new GraphFingerprint(driver).of()).isEqualTo(source);
		}
	}

	/** An argument naming files relative to the export directory, as {@code cd DIR} would let neo4j-admin read them. */
	private static String withFilesIn(Path dir, String argument) {
		int files = argument.lastIndexOf('=');
		if (!argument.startsWith("--nodes=") && !argument.startsWith("--relationships=")) {
			return argument;
		}
		return argument.substring(0, files + 1) + String.join(",",
				Arrays.stream(argument.substring(files + 1).split(",")).map(f -> dir.resolve(f).toString()).toList());
	}

}
