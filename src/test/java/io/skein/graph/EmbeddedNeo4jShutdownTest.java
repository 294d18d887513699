package io.skein.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store stops in a few seconds once its clients are gone. Every application context (and
 * every CLI command) closes one; Bolt's default quiet periods made that 10 s each, which kept the test JVM
 * in its shutdown hooks past surefire's 30 s limit ("Surefire is going to kill self fork JVM").
 */
class EmbeddedNeo4jShutdownTest {

	@TempDir
	Path dir;

	@Test
	void stopsWithinFiveSecondsAfterItsDriverClosed() {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(this.dir, "localhost", 0, 16));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt()).isEqualTo(1);
		}
		long start = System.nanoTime();
		neo4j.close();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

}
