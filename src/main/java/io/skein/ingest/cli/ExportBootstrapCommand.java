package io.skein.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.skein.cli.DataDirOption;
import io.skein.graph.BulkImport;
import io.skein.graph.BulkImportFiles;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.GraphDump;
import io.skein.ingest.BootstrapLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code skein export-bootstrap --out DIR FILE...}: a first load for a Neo4j server or cluster the bulk importer
 * in this process cannot reach. The files are imported as {@code import --bootstrap} imports them, into the
 * embedded store of {@code --data-dir} (empty, as the bootstrap requires): stitched in memory, bulk-imported,
 * resolved, derived state brought up to date. That whole graph is then written to DIR as
 * {@code neo4j-admin database import full} CSV files, with {@value #ARGUMENTS}, the importer's arguments.
 * On the server: {@code cd DIR && neo4j-admin database import full @neo4j-admin-import.args DATABASE}, then
 * start Skein against it; its migrations build the schema and set the empty arrays the files mark.
 */
@Component
@Command(name = "export-bootstrap", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
		exitCodeOnExecutionException = 1, sortOptions = false,
		description = { "Imports the files as `import --bootstrap` does into the (empty) embedded store, then writes",
				"its whole graph as neo4j-admin database import CSV files for a Neo4j server or cluster.",
				"Exit code 0 when nothing was rejected, 2 when some lines were rejected, 1 on a fatal error." })
class ExportBootstrapCommand implements Callable<Integer> {

	/** The importer's arguments, one per line, file names relative to DIR. */
	static final String ARGUMENTS = "neo4j-admin-import.args";

	private final ImportService service;

	private final GraphDump dump;

	@Parameters(arity = "1..*", paramLabel = "FILE",
			description = "NDJSON files (.ndjson, .jsonl, .json), or .csv with --mapping.")
	List<Path> files;

	@Option(names = "--out", required = true, paramLabel = "DIR",
			description = "Directory for the CSV files and " + ARGUMENTS + "; new or empty.")
	Path out;

	@Option(names = "--mapping", paramLabel = "NAME|PATH", description = "CSV mapping for .csv files.")
	String mapping;

	@Mixin
	DataDirOption dataDir;

	@Spec
	CommandSpec spec;

	ExportBootstrapCommand(ImportService service, Graph graph, CypherQueries queries) {
		this.service = service;
		this.dump = new GraphDump(graph, queries);
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		if (Files.exists(this.out) && (!Files.isDirectory(this.out) || !isEmpty(this.out))) {
			err.println("export-bootstrap failed: --out " + this.out + " must be a new or empty directory");
			err.flush();
			return 1;
		}
		ImportSummary summary;
		try {
			summary = this.service.importFiles(this.files, this.mapping, ImportProgress.NONE, true,
					BootstrapLoad.Writes.BULK_IMPORT);
		}
		catch (ImportFailedException ex) {
			err.println("export-bootstrap failed: " + ex.getMessage());
			err.flush();
			return 1;
		}
		out.print(summary.format());
		BulkImportFiles csv = new BulkImportFiles(this.out);
		GraphDump.Written written = this.dump.into(csv);
		BulkImport bulk = csv.toImport().relativeTo(this.out);
		Files.write(this.out.resolve(ARGUMENTS), bulk.arguments(), StandardCharsets.UTF_8);
		out.printf("exported: %d nodes, %d relationships to %s%n", written.nodes(), written.relationships(), this.out);
		out.printf("on the server: cd %s && neo4j-admin database import full @%s DATABASE%n", this.out, ARGUMENTS);
		out.flush();
		return summary.exitCode();
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

}
