package io.skein.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Finding 7 of issue 13: under the {@code prod} profile the embedded store's Bolt port answers only a
 * caller holding the password (a raw HELLO with scheme none is refused); the application's own driver
 * authenticates with it.
 */
class EmbeddedBoltAuthTest {

	@TempDir
	Path dir;

	@Test
	void theProdProfileRequiresBoltAuthenticationWithASecretOfItsOwn() throws IOException {
		MockEnvironment env = new MockEnvironment();
		new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yml"))
			.forEach(source -> env.getPropertySources().addFirst(source));
		EmbeddedNeo4j.Settings prod = EmbeddedNeo4j.Settings.from(env);
		assertThat(prod.password()).hasSizeGreaterThan(20);
		assertThat(EmbeddedNeo4j.Settings.from(env).password()).as("random per start").isNotEqualTo(prod.password());
		assertThat(EmbeddedNeo4j.Settings.from(new MockEnvironment()).password()).as("demo and tests").isNull();
		env.setProperty("skein.neo4j.bolt-password", "configured-secret-1");
		assertThat(EmbeddedNeo4j.Settings.from(env).password()).isEqualTo("configured-secret-1");
	}

	@Test
	void boltRefusesCallersWithoutThePassword() {
		EmbeddedNeo4j.Settings settings = new EmbeddedNeo4j.Settings(this.dir, "localhost", 0, 16, Duration.ofMinutes(5),
				"a-long-test-password", "1 days", 64);
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(settings)) {
			try (Driver none = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
				assertThatThrownBy(none::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver wrong = GraphDatabase.driver(store.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
				assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver app = GraphDatabase.driver(store.boltUri(), store.authToken())) {
				assertThat(app.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
					.isEqualTo(1);
			}
		}
	}

}
