package io.skein.graph;

import java.util.HashMap;
import java.util.Map;

import io.skein.support.SkeinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store made before V0006 has the full-text index refreshed inside commits; the migrations replace it
 * once with the one refreshed after commits, and running them again changes nothing.
 */
@SkeinTest
class SearchIndexMigrationTest {

	@Autowired
	Graph graph;

	@Autowired
	Driver driver;

	@AfterEach
	void putBackTheCurrentSchema() {
		statement("DROP INDEX customer_search IF EXISTS");
		new SchemaMigrations(this.graph).apply();
	}

	@Test
	void theOldIndexIsReplacedOnceByOneRefreshedAfterCommit() {
		statement("DROP INDEX customer_search_v2 IF EXISTS");
		statement("CREATE FULLTEXT INDEX customer_search IF NOT EXISTS FOR (r:SourceRecord) ON EACH [r.fullName, r.firstName, r.lastName, r.email, r.phone]");
		assertThat(fulltextIndexes()).containsOnlyKeys("customer_search");

		new SchemaMigrations(this.graph).apply();
		assertThat(fulltextIndexes()).containsOnlyKeys("customer_search_v2");
		assertThat(fulltextIndexes().get("customer_search_v2")).as("fulltext.eventually_consistent").isTrue();

		new SchemaMigrations(this.graph).apply();
		assertThat(fulltextIndexes()).containsOnlyKeys("customer_search_v2");
	}

	private Map<String, Boolean> fulltextIndexes() {
		Map<String, Boolean> indexes = new HashMap<>();
		try (Session session = this.driver.session()) {
			session.run("SHOW FULLTEXT INDEXES YIELD name, options "
					+ "RETURN name, options.indexConfig.`fulltext.eventually_consistent` AS afterCommit")
				.forEachRemaining(r -> indexes.put(r.get("name").asString(), r.get("afterCommit").asBoolean(false)));
		}
		return indexes;
	}

	private void statement(String cypher) {
		this.graph.write(tx -> {
			tx.runStatement(cypher);
			return null;
		});
	}

}
