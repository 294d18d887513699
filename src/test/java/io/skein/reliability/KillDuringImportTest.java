package io.skein.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GeneratorOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during a bulk import loses and duplicates nothing: the demo bank (a few thousand NDJSON lines)
 * is imported by a real Skein process (the packaged jar when it is fresh, else the test classpath), which
 * is killed with {@code destroyForcibly()} part-way through; the import is then run again on the same
 * store, and its {@code export-clusters} must equal that of a clean, uninterrupted import byte for byte.
 * The second import finding some lines unchanged and the rest new proves the kill came mid-import.
 * Slow (five JVM starts): tagged {@code slow}, run it with the full suite or {@code -Dgroups=slow}.
 */
@Tag("slow")
class KillDuringImportTest {

	@TempDir
	Path dir;

	@Test
	void anImportKilledMidwayAndRunAgainEqualsACleanImport() throws Exception {
		Path seed = this.dir.resolve("seed");
		new DemoBankGenerator(new GeneratorOptions(150, 7, GeneratorOptions.DEFAULT_AS_OF, 2)).writeTo(seed);
		Path records = seed.resolve("records.ndjson");
		Path events = seed.resolve("events.ndjson");
		long lines = Files.lines(records).count() + Files.lines(events).count();
		assertThat(lines).isGreaterThan(1500);

		Path clean = this.dir.resolve("clean");
		long start = System.nanoTime();
		Run reference = skein(Duration.ofMinutes(10), "import", records.toString(), events.toString(), "--data-dir", clean.toString());
		Duration importTime = Duration.ofNanos(System.nanoTime() - start);
		assertThat(reference.exitCode()).as(reference.output()).isIn(0, 2);
		Path cleanCsv = this.dir.resolve("clean.csv");
		assertThat(skein(Duration.ofMinutes(5), "export-clusters", "--out", cleanCsv.toString(), "--data-dir", clean.toString()).exitCode()).isZero();

		Path killed = this.dir.resolve("killed");
		double share = 0.6;
		Run resumed = null;
		long unchanged = 0;
		for (int attempt = 0; attempt < 4 && (unchanged == 0 || unchanged >= lines - 10); attempt++) {
			deleteRecursively(killed);
			Process process = start("import", records.toString(), events.toString(), "--data-dir", killed.toString());
			boolean finished = process.waitFor((long) (importTime.toMillis() * share), TimeUnit.MILLISECONDS);
			if (!finished) {
				process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
			}
			resumed = skein(Duration.ofMinutes(10), "import", records.toString(), events.toString(), "--data-dir", killed.toString());
			assertThat(resumed.exitCode()).as(resumed.output()).isIn(0, 2);
			unchanged = count(resumed.output(), "unchanged:");
			share = finished || unchanged >= lines - 10 ? share * 0.7 : Math.min(0.95, share * 1.3);
		}
		assertThat(unchanged).as("the first import was cut off part-way: the second found some lines stored, not all")
			.isBetween(1L, lines - 11);

		Path resumedCsv = this.dir.resolve("resumed.csv");
		Run export = skein(Duration.ofMinutes(5), "export-clusters", "--out", resumedCsv.toString(), "--data-dir", killed.toString());
		assertThat(export.exitCode()).isZero();

		assertThat(Files.readAllLines(resumedCsv)).isEqualTo(Files.readAllLines(cleanCsv));
		assertThat(customersLine(resumed.output())).isEqualTo(customersLine(reference.output()));
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

	/** The packaged jar when it is newer than the compiled classes, else the classes on this test's classpath. */
	private Process start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		Path jar = Path.of("target", "skein.jar");
		Path classes = Path.of("target", "classes");
		if (Files.exists(jar) && Files.exists(classes)
				&& Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(classes)) > 0) {
			command.add("-jar");
			command.add(jar.toString());
		}
		else {
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add("io.skein.SkeinApplication");
		}
		command.addAll(List.of(args));
		command.add("--skein.neo4j.page-cache-mb=64");
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("last.log").toFile())
			.start();
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
