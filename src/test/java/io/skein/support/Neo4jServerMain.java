package io.skein.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.server.CommunityEntryPoint;
import picocli.CommandLine;

/**
 * A Neo4j 5 Community server, started as the {@code neo4j} script starts it, in a JVM of its own
 * ({@link Neo4jServerProcess} launches it): writes {@code conf/neo4j.conf} under the home directory, sets
 * the initial password of user {@code neo4j} with Neo4j's own {@code neo4j-admin dbms set-initial-password}
 * command, then runs Neo4j's server entry point ({@link CommunityEntryPoint}) with that home and
 * configuration. Bolt listens on localhost at the given port, authentication on, HTTP off. Prints
 * {@link #READY} once the server has started, and exits when its standard input closes (the test JVM
 * that started it has gone), so no server outlives its tests.
 * <p>
 * Arguments: home directory, Bolt port, password.
 */
public final class Neo4jServerMain {

	/** The line printed once the server accepts connections. */
	public static final String READY = "SKEIN-NEO4J-SERVER-READY";

	private Neo4jServerMain() {
	}

	public static void main(String[] args) throws IOException {
		Path home = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		String password = args[2];
		Path conf = Files.createDirectories(home.resolve("conf"));
		Files.write(conf.resolve("neo4j.conf"), configuration(port), StandardCharsets.UTF_8);
		int set = new CommandLine(new SetInitialPasswordCommand(new ExecutionContext(home, conf))).execute(password);
		if (set != 0) {
			System.err.println("neo4j-admin dbms set-initial-password failed: " + set);
			System.exit(set);
		}
		watchParent();
		// Returns once the server is up; exits the JVM with Neo4j's error code when it cannot start.
		CommunityEntryPoint.main(new String[] { "--home-dir", home.toString(), "--config-dir", conf.toString(), "--console-mode" });
		System.out.println(READY + " bolt://localhost:" + port);
		System.out.flush();
	}

	private static List<String> configuration(int port) {
		return List.of("server.bolt.enabled=true", "server.bolt.listen_address=localhost:" + port,
				"server.bolt.advertised_address=localhost:" + port, "server.bolt.tls_level=DISABLED",
				"server.http.enabled=false", "server.https.enabled=false", "dbms.security.auth_enabled=true",
				"server.memory.pagecache.size=128m",
				"db.tx_log.rotation.retention_policy=1 files", "dbms.cypher.min_replan_interval=5m",
				"db.shutdown_transaction_end_timeout=5s");
	}

	/** The server stops (its shutdown hook runs) when the test JVM that holds our standard input ends. */
	private static void watchParent() {
		Thread watcher = new Thread(() -> {
			InputStream in = System.in;
			try {
				while (in.read() != -1) {
					// nothing is sent; read until the pipe closes
				}
			}
			catch (IOException ex) {
				// closed
			}
			System.exit(0);
		}, "parent-watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

}
