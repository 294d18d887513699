package io.skein.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies {@code cypher/migrations/V*.cypher} in version order at every start. Each statement is written
 * to be idempotent ({@code IF NOT EXISTS}), so re-running a migration is harmless; schema statements run
 * one per transaction, as Neo4j requires.
 */
final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Graph graph;

	SchemaMigrations(Graph graph) {
		this.graph = graph;
	}

	void apply() {
		apply(java.time.Duration.ofSeconds(300));
	}

	/** As {@link #apply()}, waiting up to {@code populating} for the indexes to come online (a bulk load fills them all). */
	void apply(java.time.Duration populating) {
		for (Resource migration : migrations()) {
			for (String statement : statements(read(migration))) {
				this.graph.write(tx -> {
					tx.runStatement(statement);
					return null;
				});
			}
			log.debug("Applied {}", migration.getFilename());
		}
		this.graph.read(tx -> {
			tx.runStatement("CALL db.awaitIndexes(" + populating.toSeconds() + ")");
			return null;
		});
		// a graph loaded by neo4j-admin from export-bootstrap's files gets the empty arrays its files could not hold
		this.graph.writeInBatches(EMPTY_LISTS, Map.of(), r -> r);
		// records written before they carried their address key get it, once (see V0018)
		this.graph.writeInBatches(ADDRESS_KEYS, Map.of(), r -> r);
		this.graph.write(tx -> tx.run(ADDRESS_KEYS_DONE, Map.of()));
	}

	private static final NamedQuery EMPTY_LISTS = named("graph/set-empty-lists");

	private static final NamedQuery ADDRESS_KEYS = named("graph/set-address-keys");

	private static final NamedQuery ADDRESS_KEYS_DONE = named("graph/mark-address-keys");

	private static NamedQuery named(String name) {
		return new NamedQuery(name,
				read(new org.springframework.core.io.ClassPathResource("cypher/" + name + ".cypher")).strip());
	}

	static List<String> statements(String script) {
		String withoutComments = script.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + "\n" + b);
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	private static List<Resource> migrations() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/migrations/V*.cypher"))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
