package io.skein.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GeneratorOptions;
import io.skein.graph.EmbeddedNeo4j;
import io.skein.support.GraphFingerprint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during a bulk import loses and duplicates nothing: the demo bank (a few thousand NDJSON lines)
 * is imported by a real Skein process (the packaged jar when it is fresh, else the test classpath), which
 * is killed with {@code destroyForcibly()} once a chosen share of its lines is stored: every record and some
 * of the events, so the records were stitched but never resolved and the customers' derived state never
 * computed, both waiting in queues that lived in the killed process's memory (the test watches the count
 * over the process's Bolt port: the kill point follows progress, not wall-clock time); the
 * import is then run again on the same store, and the whole-graph fingerprint of that store (records,
 * customers, identifiers, interactions, purposes, segments, drop-offs: every node and relationship with its
 * properties, the runs' own wall-clock times and random UUIDs blanked, list values compared as sets) must equal that of a
 * clean, uninterrupted import. The
 * second import finding some lines unchanged and the rest new proves the kill came mid-import.
 * Slow (several JVM starts): tagged {@code slow}, run it with the full suite or {@code -Dgroups=slow}.
 */
@Tag("slow")
class KillDuringImportTest {

	/** Kill once this share of the lines (records, then events) is stored. */
	static final double KILL_AT = 0.4;

	@TempDir
	Path dir;

	/**
	 * The moment every run takes for now (the seed's events end with its as-of day): ages computed from it
	 * (days of silence) would otherwise differ between runs minutes apart whenever some activity's time of day
	 * falls between them. Timestamps the runs write are this moment, blanked as the runs' own.
	 */
	static final Instant NOW = GeneratorOptions.DEFAULT_AS_OF.plusDays(1).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);

	@Test
	void anImportKilledMidwayAndRunAgainEqualsACleanImport() throws Exception {
		Instant started = NOW;
		Path seed = this.dir.resolve("seed");
		new DemoBankGenerator(new GeneratorOptions(150, 7, GeneratorOptions.DEFAULT_AS_OF, 2)).writeTo(seed);
		Path records = seed.resolve("records.ndjson");
		Path events = seed.resolve("events.ndjson");
		long recordLines = Files.lines(records).count();
		long lines = recordLines + Files.lines(events).count();
		assertThat(lines).isGreaterThan(1500);
		assertThat((long) (lines * KILL_AT)).as("the kill comes after the records, among the events").isGreaterThan(recordLines);

		Path clean = this.dir.resolve("clean");
		Run reference = skein(Duration.ofMinutes(10), "import", records.toString(), events.toString(), "--data-dir", clean.toString());
		assertThat(reference.exitCode()).as(reference.output()).isIn(0, 2);

		Path killed = this.dir.resolve("killed");
		int port = freePort();
		Process process = start("import", records.toString(), events.toString(), "--data-dir", killed.toString(),
				"--skein.neo4j.bolt-port=" + port);
		long stored = waitForLines(process, port, (long) (lines * KILL_AT));
		assertThat(process.isAlive()).as("the import was still running when " + stored + " lines were stored").isTrue();
		process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

		Run resumed = skein(Duration.ofMinutes(10), "import", records.toString(), events.toString(), "--data-dir", killed.toString());
		assertThat(resumed.exitCode()).as(resumed.output()).isIn(0, 2);
		long unchanged = count(resumed.output(), "unchanged:");
		assertThat(unchanged).as("the first import was cut off among the events: the second found every record and some events stored")
			.isBetween(recordLines, lines - 11);
		assertThat(customersLine(resumed.output())).isEqualTo(customersLine(reference.output()));

		List<String> expected = fingerprint(clean, started);
		List<String> actual = fingerprint(killed, started);
		assertThat(expected.size()).isGreaterThan((int) recordLines);
		List<String> missing = new ArrayList<>(expected);
		missing.removeAll(new java.util.HashSet<>(actual));
		List<String> extra = new ArrayList<>(actual);
		extra.removeAll(new java.util.HashSet<>(expected));
		assertThat(missing).as("in the clean import's graph but not in the resumed one").isEmpty();
		assertThat(extra).as("in the resumed import's graph but not in the clean one").isEmpty();
		assertThat(actual).hasSameSizeAs(expected);
	}

	/** Polls the importing process's store until {@code target} lines (records and events) are stored; the count it saw. */
	private long waitForLines(Process process, int port, long target) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		long seen = 0;
		try (Driver driver = GraphDatabase.driver("bolt://localhost:" + port, AuthTokens.none())) {
			while (System.nanoTime() < deadline && process.isAlive()) {
				try (Session session = driver.session()) {
					seen = session.run("CALL () { MATCH (r:SourceRecord) RETURN count(r) AS records } "
							+ "CALL () { MATCH (i:Interaction) RETURN count(i) AS events } RETURN records + events AS n")
						.single().get("n").asLong();
					if (seen >= target) {
						return seen;
					}
				}
				catch (RuntimeException notUpYet) {
					// Bolt is not listening yet, or the store is still starting.
				}
				Thread.sleep(50);
			}
		}
		throw new AssertionError("the import never stored " + target + " lines (saw " + seen + ", alive " + process.isAlive()
				+ "); its output:\n" + output());
	}

	/** The store's whole-graph fingerprint, opened in this JVM, with values written at the runs' own time blanked. */
	private static List<String> fingerprint(Path store, Instant runsStarted) {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(store, "localhost", 0, 32));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			// pairsMarker digests the model with its training time: the runs' own time too
			return new GraphFingerprint(driver).ignoring("pairsMarker").ofRunsSince(runsStarted);
		}
		finally {
			neo4j.close();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Run(int exitCode, String output) {
	}

	private Run skein(Duration timeout, String... args) throws IOException, InterruptedException {
		Process process = start(args);
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("skein " + String.join(" ", args) + " did not finish in " + timeout);
		}
		return new Run(process.exitValue(), Files.readString(this.dir.resolve("last.log"), StandardCharsets.UTF_8));
	}

	private Process start(String... args) throws IOException {
		return io.skein.support.SkeinProcess.startAt(NOW, this.dir.resolve("last.log"), args);
	}

	private String output() {
		try {
			return Files.readString(this.dir.resolve("last.log"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private static long count(String output, String label) {
		return output.lines()
			.filter(l -> l.startsWith(label))
			.map(l -> l.substring(label.length()).strip().split("\\s+")[0])
			.mapToLong(Long::parseLong)
			.findFirst()
			.orElse(0);
	}

	private static String customersLine(String output) {
		return output.lines().filter(l -> l.startsWith("customers:")).findFirst().orElse("no customers line in: " + output);
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var walk = Files.walk(path)) {
			walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
