package io.skein.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graph.Neo4jEndpoint;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo bank ({@code seed-data/records.ndjson}, then {@code events.ndjson}) when the server
 * starts on an empty graph, through the same import path as the CLI. Runs in the background so GraphiQL
 * is usable at once; the log says when the bank is complete. Off in CLI commands and tests.
 */
@Component
@ConditionalOnProperty(name = "skein.demo.seed-on-empty", havingValue = "true")
class DemoSeedLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoSeedLoader.class);

	private final ImportService imports;

	private final Graph graph;

	private final NamedQuery hasRecords;

	private final Path seedDir;

	DemoSeedLoader(ImportService imports, Graph graph, CypherQueries queries, @Value("${skein.demo.seed-dir}") Path seedDir) {
		this.imports = imports;
		this.graph = graph;
		this.hasRecords = queries.get("demo/has-records");
		this.seedDir = seedDir;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedWhenEmpty(ApplicationReadyEvent ready) {
		Environment env = ready.getApplicationContext().getEnvironment();
		banner(env, ready.getApplicationContext().getBean(Neo4jEndpoint.class));
		if (this.graph.query(this.hasRecords, Map.of(), r -> r.get("hasRecords").asBoolean()).stream().anyMatch(b -> b)) {
			log.info("The graph already holds records: the demo bank is not loaded again");
			return;
		}
		List<Path> files = List.of(this.seedDir.resolve("records.ndjson"), this.seedDir.resolve("events.ndjson"));
		if (!files.stream().allMatch(Files::isRegularFile)) {
			log.warn("No demo bank at {} (expected records.ndjson and events.ndjson): starting with an empty graph",
					this.seedDir.toAbsolutePath());
			return;
		}
		// an embedded store has this one instance by construction, so the empty store takes the bootstrap load
		// (the graph a plain import builds, written in bulk); a shared server may have other instances starting
		boolean bootstrap = ready.getApplicationContext().getBean(Neo4jEndpoint.class).embedded();
		Thread loader = new Thread(() -> load(files, bootstrap), "demo-seed-loader");
		loader.setDaemon(true);
		loader.start();
	}

	private void load(List<Path> files, boolean bootstrap) {
		log.info("Loading the demo bank from {} in the background{}...", this.seedDir.toAbsolutePath(),
				bootstrap ? " (bootstrap load)" : "");
		try {
			ImportSummary summary = this.imports.importFiles(files, null, new LoggedProgress(), bootstrap);
			log.info("Demo bank loaded:\n{}", summary.format());
		}
		catch (RuntimeException ex) {
			log.error("Loading the demo bank failed", ex);
		}
	}

	private static void banner(Environment env, Neo4jEndpoint neo4j) {
		String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
		log.info("""

				  Skein is up.
				    Console         http://localhost:{}/console
				    GraphiQL        http://localhost:{}/graphiql
				    Neo4j Browser   http://localhost:{}/browser
				    GraphQL         http://localhost:{}/graphql
				    Neo4j (Bolt)    {}{}
				""", port, port, port, port, neo4j.boltUri(), neo4j.embedded() ? "  (embedded; connect Neo4j Browser here)" : "");
	}

	/** Logs progress every ten per cent, since the loader runs without a terminal of its own. */
	private static final class LoggedProgress implements ImportProgress {

		private long lastTenth = -1;

		@Override
		public void update(long bytesRead, long totalBytes, long lines) {
			long tenth = totalBytes == 0 ? 10 : bytesRead * 10 / totalBytes;
			if (tenth != this.lastTenth) {
				this.lastTenth = tenth;
				log.info("Demo bank: {}% ({} lines)", tenth * 10, lines);
			}
		}

		@Override
		public void done() {
		}

	}

}
