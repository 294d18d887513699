package io.skein.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.cli.DataDirOption;
import io.skein.graph.QueryTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code skein import FILE...}: the summary goes to standard output, the progress bar (on a terminal
 * only) and fatal errors to standard error. Exit 0 when every line was stored or unchanged, 2 when some
 * lines were rejected, 1 when the import could not run (unreadable file, bad arguments).
 */
@Component
@Command(name = "import", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
		exitCodeOnExecutionException = 1, sortOptions = false,
		description = { "Ingests NDJSON files line by line, in the order given: a line with an",
				"eventId is an event, any other JSON object is a customer record.",
				"Exit code 0 when nothing was rejected, 2 when some lines were rejected,",
				"1 on a fatal error." })
class ImportCommand implements Callable<Integer> {

	private final ImportService service;

	@Parameters(arity = "1..*", paramLabel = "FILE",
			description = "NDJSON files (.ndjson, .jsonl, .json), or .csv with --mapping.")
	List<Path> files;

	@Option(names = "--mapping", paramLabel = "NAME|PATH", description = "CSV mapping for .csv files.")
	String mapping;

	@Option(names = "--bootstrap", description = { "First load into an empty store: leading records and events are stitched in memory",
			"and written with Neo4j's bulk importer (embedded store; in place on a server); the graph is the one a plain import builds." })
	boolean bootstrap;

	@Option(names = "--profile", description = "After the summary, print the named Cypher queries that took the most store time.")
	boolean profile;

	@Mixin
	DataDirOption dataDir;

	@Spec
	CommandSpec spec;

	private final MeterRegistry meters;

	ImportCommand(ImportService service, MeterRegistry meters) {
		this.service = service;
		this.meters = meters;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			ImportProgress progress = System.console() != null ? new TerminalProgress(err) : ImportProgress.NONE;
			QueryTimings before = QueryTimings.snapshot(this.meters);
			QueryTimings segmentsBefore = QueryTimings.snapshot(this.meters, "skein.segment.evaluation", "segment");
			ImportSummary summary = this.service.importFiles(this.files, this.mapping, progress, this.bootstrap,
					io.skein.ingest.BootstrapLoad.Writes.BULK_IMPORT);
			out.print(summary.format());
			if (this.profile) {
				out.print(summary.formatPhases());
				out.println("store time by named query (calls, total ms, mean ms):");
				QueryTimings.snapshot(this.meters).top(before, 25).forEach(r -> out.printf(Locale.ROOT,
						"  %-40s %8d %10.0f %8.2f%n", r.query(), r.calls(), r.totalMs(), r.meanMs()));
				out.println("segment upkeep by segment (calls, total ms, mean ms):");
				QueryTimings.snapshot(this.meters, "skein.segment.evaluation", "segment").top(segmentsBefore, 20)
					.forEach(r -> out.printf(Locale.ROOT, "  %-40s %8d %10.0f %8.2f%n", r.query(), r.calls(), r.totalMs(),
							r.meanMs()));
			}
			out.flush();
			return summary.exitCode();
		}
		catch (ImportFailedException ex) {
			err.println("import failed: " + ex.getMessage());
			err.flush();
			return 1;
		}
	}

}
