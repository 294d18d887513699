package io.skein.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j server in a child JVM ({@link Neo4jServerMain}) on the test classpath's Neo4j artifacts, in its
 * own temporary home, Bolt on a free local port, authentication on with a random password. {@link #start}
 * returns once Bolt answers that user and password; the process is destroyed and its home deleted when
 * the test JVM exits. A server that does not start is an error, never a reason to run elsewhere.
 */
public final class Neo4jServerProcess {

	private static final Logger log = LoggerFactory.getLogger(Neo4jServerProcess.class);

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final String boltUri;

	private final String password;

	private Neo4jServerProcess(Process process, String boltUri, String password) {
		this.process = process;
		this.boltUri = boltUri;
		this.password = password;
	}

	public String boltUri() {
		return this.boltUri;
	}

	public String username() {
		return "neo4j";
	}

	public String password() {
		return this.password;
	}

	public static Neo4jServerProcess start() {
		long started = System.nanoTime();
		try {
			Path home = Files.createTempDirectory(TestNeo4j.storeParent(), "skein-neo4j-server");
			int port = freePort();
			String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
			Path argFile = home.resolve("java.args");
			// Surefire runs tests from a manifest-only jar: the real classpath is in surefire.test.class.path.
			String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
			Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xms256m", "-Xmx768m", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "@" + argFile,
					Neo4jServerMain.class.getName(), home.toString(), Integer.toString(port), password));
			Path output = home.resolve("server.out");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			Neo4jServerProcess server = new Neo4jServerProcess(process, "bolt://localhost:" + port, password);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(home), "neo4j-server-stop"));
			CompletableFuture<Boolean> ready = copyOutput(process, output);
			boolean up;
			try {
				up = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				up = false;
			}
			if (!up) {
				process.destroyForcibly();
				throw new IllegalStateException("The Neo4j server process did not start within " + START_TIMEOUT
						+ " (exit " + (process.isAlive() ? "none" : process.exitValue()) + "); its output:\n" + tail(output));
			}
			server.awaitBolt();
			log.info("Neo4j server process {} answers at {} after {} ms", process.pid(), server.boltUri,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not launch the Neo4j server process", ex);
		}
	}

	/** Copies the child's output to a file; completes true at the ready line, false if the output ends first. */
	private static CompletableFuture<Boolean> copyOutput(Process process, Path output) {
		CompletableFuture<Boolean> ready = new CompletableFuture<>();
		Thread copier = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					Files.writeString(output, line + System.lineSeparator(), StandardCharsets.UTF_8,
							java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
					if (line.startsWith(Neo4jServerMain.READY)) {
						ready.complete(true);
					}
				}
			}
			catch (IOException ex) {
				// the process ended
			}
			ready.complete(false);
		}, "neo4j-server-output");
		copier.setDaemon(true);
		copier.start();
		return ready;
	}

	private void awaitBolt() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			try (Driver driver = GraphDatabase.driver(this.boltUri, AuthTokens.basic(username(), this.password))) {
				driver.verifyConnectivity();
				return;
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The Neo4j server process printed ready but Bolt does not answer at "
							+ this.boltUri, ex);
				}
				sleep();
			}
		}
	}

	private void stop(Path home) {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> files = Files.walk(home)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind
		}
	}

	private static String tail(Path output) {
		try {
			List<String> lines = Files.exists(output) ? Files.readAllLines(output) : List.of();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
