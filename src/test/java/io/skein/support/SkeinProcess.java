package io.skein.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Skein process, as an operator starts one: the packaged jar when it is newer than the compiled
 * classes, else the classes on this test's classpath. Its output goes to {@code log}. Tests kill it with
 * {@link Process#destroyForcibly()} (SIGKILL on Linux: no shutdown hook runs).
 */
public final class SkeinProcess {

	private SkeinProcess() {
	}

	public static Process start(Path log, String... args) throws IOException {
		return start(log, true, args);
	}

	/**
	 * As {@link #start}, from this test's classpath, with the clock stopped at {@code now} ({@link TestClock}):
	 * for tests that compare what two runs minutes apart derived. With the real clock, a purpose whose last
	 * activity was at 12:54 of some day is 76 days silent in an import that ends at 12:53 and 77 in one that
	 * ends at 12:55.
	 */
	public static Process startAt(java.time.Instant now, Path log, String... args) throws IOException {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--" + TestClock.STOPPED_AT + "=" + now);
		return start(log, false, all.toArray(String[]::new));
	}

	private static Process start(Path log, boolean jarWhenFresh, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		Path jar = Path.of("target", "skein.jar");
		Path classes = Path.of("target", "classes");
		if (jarWhenFresh && Files.exists(jar) && Files.exists(classes)
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
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}
