package io.skein.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;

/**
 * An in-process Neo4j 5 on a data directory, with Bolt on a local port (7687 by default) so that Neo4j
 * Browser and the application's driver talk to it exactly as they would to a server. Bolt binds to
 * localhost only. Without a {@code password} authentication is off (demo and tests); with one (the
 * {@code prod} profile sets {@code skein.neo4j.bolt-auth}) Bolt requires user {@code neo4j} and that
 * password, which is {@code skein.neo4j.bolt-password} when configured and otherwise a random secret
 * known only to this process, so nothing else can run Cypher against the store.
 * <p>
 * Transaction logs are kept {@code txLogRetention} (Neo4j's {@code db.tx_log.rotation.retention_policy})
 * in files of {@code txLogRotationSize}: a value deleted from the graph stays readable in the log files
 * until its file has rotated and aged out (pruned at the next checkpoint).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** Replaced only by {@link #restartWith}: the store's management service of the moment. */
	private volatile DatabaseManagementService dbms;

	private final Settings settings;

	private final int port;

	private final String boltUri;

	private final AuthToken authToken;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Settings settings, int port, AuthToken authToken) {
		this.dbms = dbms;
		this.settings = settings;
		this.port = port;
		this.boltUri = "bolt://" + settings.boltHost() + ":" + port;
		this.authToken = authToken;
	}

	/**
	 * The settings that matter for an embedded store; port 0 picks any free port. A query's plan is
	 * checked against the graph's statistics at most every {@code minReplanInterval}: Neo4j's 10 s makes a
	 * growing identity graph recompile its large ingest queries (100-700 ms each) over and over.
	 */
	public record Settings(Path dataDir, String boltHost, int boltPort, long pageCacheMb, Duration minReplanInterval,
			String password, String txLogRetention, long txLogRotationMb) {

		static final Duration DEFAULT_MIN_REPLAN_INTERVAL = Duration.ofMinutes(5);

		static final String DEFAULT_TX_LOG_RETENTION = "1 days";

		static final long DEFAULT_TX_LOG_ROTATION_MB = 64;

		public Settings(Path dataDir, String boltHost, int boltPort, long pageCacheMb) {
			this(dataDir, boltHost, boltPort, pageCacheMb, DEFAULT_MIN_REPLAN_INTERVAL, null, DEFAULT_TX_LOG_RETENTION,
					DEFAULT_TX_LOG_ROTATION_MB);
		}

		static Settings from(Environment env) {
			String password = null;
			if (env.getProperty("skein.neo4j.bolt-auth", Boolean.class, false)) {
				password = env.getProperty("skein.neo4j.bolt-password", "");
				if (password.isBlank()) {
					byte[] secret = new byte[24];
					new SecureRandom().nextBytes(secret);
					password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
				}
			}
			return new Settings(Path.of(env.getProperty("skein.data-dir", "./data")),
					env.getProperty("skein.neo4j.bolt-host", "localhost"),
					env.getProperty("skein.neo4j.bolt-port", Integer.class, 7687),
					env.getProperty("skein.neo4j.page-cache-mb", Long.class, 512L),
					env.getProperty("skein.neo4j.min-replan-interval", Duration.class, DEFAULT_MIN_REPLAN_INTERVAL),
					password, env.getProperty("skein.neo4j.tx-log-retention", DEFAULT_TX_LOG_RETENTION),
					env.getProperty("skein.neo4j.tx-log-rotation-mb", Long.class, DEFAULT_TX_LOG_ROTATION_MB));
		}

	}

	public static EmbeddedNeo4j start(Settings settings) {
		int port = settings.boltPort() != 0 ? settings.boltPort() : freePort();
		log.info("Starting embedded Neo4j in {} with Bolt on {}:{} ({})", home(settings), settings.boltHost(), port,
				settings.password() != null ? "authentication required" : "no authentication");
		DatabaseManagementService dbms = build(settings, port);
		return new EmbeddedNeo4j(dbms, settings, port, settings.password() != null
				? AuthTokens.basic("neo4j", settings.password()) : AuthTokens.none());
	}

	/**
	 * Stops the whole store, lets {@code whileStopped} replace its files (Neo4j's bulk importer, {@link BulkImport},
	 * writes a database only while nothing has it open, and Community Edition cannot stop one database alone),
	 * and starts it again on the same directory and Bolt port. The application's driver keeps its address; the
	 * connections it pooled before are dropped and opened again on first use. The replaced database starts its
	 * transaction ids again, so bookmarks taken before (a bookmark manager's) name transactions it never had:
	 * callers drop them. Callers keep every other user of the store quiet meanwhile.
	 */
	public synchronized void restartWith(StoreReplacement whileStopped) throws IOException {
		long start = System.nanoTime();
		this.dbms.shutdown();
		try {
			whileStopped.replace(home(this.settings));
		}
		finally {
			this.dbms = build(this.settings, this.port);
		}
		log.info("Embedded Neo4j restarted on replaced store files in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	/** What runs while the store is stopped: it gets the store's home directory. */
	@FunctionalInterface
	public interface StoreReplacement {

		void replace(Path home) throws IOException;

	}

	private static Path home(Settings settings) {
		return settings.dataDir().toAbsolutePath().normalize();
	}

	private static DatabaseManagementService build(Settings settings, int port) {
		boolean auth = settings.password() != null;
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home(settings))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(settings.boltHost(), port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, auth)
			.setConfig(GraphDatabaseSettings.keep_logical_logs, settings.txLogRetention())
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(settings.txLogRotationMb()))
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(settings.pageCacheMb()))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
			.setConfig(GraphDatabaseSettings.cypher_min_replan_interval, settings.minReplanInterval())
			// Bolt's two Netty event loop groups wait a quiet period of 5 s each before they stop (10 s a
			// shutdown); by then the driver is closed and the web server drained, so nothing is left to wait for.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
			.build();
		if (auth) {
			// in-process calls bypass authentication; this sets the one Bolt user's password at every start
			dbms.database("system").executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", settings.password()));
		}
		return dbms;
	}

	/** How the application's driver authenticates to this store. */
	public AuthToken authToken() {
		return this.authToken;
	}

	/** The store's database ({@code name} null or blank: the default one), for transactions in this process. */
	org.neo4j.graphdb.GraphDatabaseService database(String name) {
		return this.dbms.database(name == null || name.isBlank() ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : name);
	}

	public String boltUri() {
		return this.boltUri;
	}

	@Override
	public void close() {
		long start = System.nanoTime();
		this.dbms.shutdown();
		log.info("Stopped embedded Neo4j in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for embedded Bolt", ex);
		}
	}

}
