package io.skein.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code skein bench}: the figures of the issue "ingest, resolution, customer-360 and segment figures beside
 * the raw Neo4j ceiling" on this machine. Runs with the HTTP server on a free port (see
 * {@code CommandLineMode}) and, without {@code --data-dir}, on a fresh store in a temporary directory that is
 * removed when the process ends. Every request goes to localhost; every loop is bounded by {@code --requests}.
 */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Benchmarks bulk import with resolution against the raw-MERGE ceiling, real-time ingest",
				"and the customer-360 over GraphQL, segment evaluation, heap and store size.",
				"Prints a table with each target and writes the figures as JSON." })
class BenchCommand implements Callable<Integer> {

	private final BenchRun run;

	private final Environment env;

	@Option(names = "--people", defaultValue = "100000", description = "People to generate (default ${DEFAULT-VALUE}); records and events per person follow the generator's defaults.")
	int people;

	@Option(names = "--requests", defaultValue = "2000", description = "Requests per latency scenario (default ${DEFAULT-VALUE}).")
	int requests;

	@Option(names = "--warmup-seconds", defaultValue = "60", paramLabel = "S", description = "Longest unrecorded warm-up before each timed scenario (default ${DEFAULT-VALUE}); it ends sooner, once the JIT compiler has gone quiet, and the table says which. 0: the minimum warm-up only (max(10, min(200, requests / 10)) calls).")
	int warmupSeconds;

	@Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--out", defaultValue = "bench-result.json", paramLabel = "FILE", description = "JSON result (default ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--data-dir", paramLabel = "DIR", description = "Store under test; must be new or empty (default: a fresh temporary directory, removed at exit).")
	Path dataDir;

	@Option(names = "--keep", description = "Keep the generated files and the ceiling store (their directory is printed).")
	boolean keep;

	@Option(names = "--bootstrap", description = "Load the records into the empty store as `import --bootstrap` does (stitched in memory, written in bulk); events, resolution and derived state as without it.")
	boolean bootstrap;

	@Option(names = "--synthetic-segments", paramLabel = "N", description = "Only segment evaluation at scale: N synthetic customers created through Cypher with their precomputed facts (no import), then a fact-backed segment's first evaluation and a re-check, beside the 10 s at 1M target.")
	int syntheticSegments;

	@Spec
	CommandSpec spec;

	private final SyntheticSegments synthetic;

	BenchCommand(BenchRun run, Environment env, SyntheticSegments synthetic) {
		this.synthetic = synthetic;
		this.run = run;
		this.env = env;
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		Path store = Path.of(this.env.getRequiredProperty("skein.data-dir")).toAbsolutePath();
		int port = this.env.getRequiredProperty("local.server.port", Integer.class);
		long pageCacheMb = this.env.getProperty("skein.neo4j.page-cache-mb", Long.class, 512L);
		if (this.dataDir == null) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> BenchRun.delete(store), "bench-store-cleanup"));
		}
		if (this.syntheticSegments > 0) {
			Files.writeString(this.out, io.skein.ingest.Json.write(this.synthetic.run(this.syntheticSegments, line -> {
				out.println(line);
				out.flush();
			}, out)));
			out.println("figures written to " + this.out.toAbsolutePath());
			out.flush();
			return 0;
		}
		Path work = Files.createTempDirectory("skein-bench-");
		try {
			BenchRun.Settings settings = new BenchRun.Settings(this.people, this.seed, LocalDate.of(2026, 11, 15),
					this.requests, this.warmupSeconds, store, work, port, pageCacheMb, command(), this.bootstrap);
			BenchReport report = this.run.run(settings, line -> {
				out.println(line);
				out.flush();
			});
			out.println();
			out.print(report.table());
			Files.writeString(this.out, report.json());
			out.println("figures written to " + this.out.toAbsolutePath());
			out.flush();
			return 0;
		}
		finally {
			if (this.keep) {
				out.println("generated files and ceiling store kept in " + work);
				out.flush();
			}
			else {
				BenchRun.delete(work);
			}
		}
	}

	private String command() {
		return "java -jar target/skein.jar bench --people " + this.people + " --requests " + this.requests
				+ " --seed " + this.seed + (this.warmupSeconds != 60 ? " --warmup-seconds " + this.warmupSeconds : "")
				+ (this.bootstrap ? " --bootstrap" : "");
	}

}
