package io.skein.identity.resolution;

import java.util.List;
import java.util.Map;

import io.skein.identity.matching.BlockingKeys;
import io.skein.ingest.IngestService;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored records carry the blocking keys of the scheme they were written under. A fresh store starts on
 * the current scheme; after an upgrade that changes the rules, the next full resolve rewrites every
 * record's keys (and only then), so candidates come from today's rules for old records too.
 */
@SkeinTest
class BlockKeySchemeTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ResolutionService resolution;

	@Autowired
	Driver driver;

	@Test
	void keysWrittenUnderAnOlderSchemeAreRewrittenByTheNextResolve() {
		this.ingest.ingestRecords(List.of(
				Map.of("source", "crm", "sourceId", "S-1", "firstName", "Grace", "lastName", "Kirk", "dateOfBirth",
						"2010-04-15", "email", "grace.kirk@example.in", "address", Map.of("city", "Edinburgh")),
				Map.of("source", "web", "sourceId", "S-2", "firstName", "Tomas", "lastName", "Berg", "address",
						Map.of("city", "Leith"))),
				"records");
		try (Session session = this.driver.session()) {
			assertThat(scheme(session)).as("a store created by this version").isEqualTo(BlockingKeys.SCHEME);
			long written = keyLinks(session);
			assertThat(written).isPositive();

			// current scheme: resolve leaves the stored keys alone (a key removed by hand stays removed)
			session.run("MATCH (:SourceRecord {sourceId: 'S-2'})-[k:HAS_BLOCK_KEY]->() DELETE k").consume();
			long withoutS2 = keyLinks(session);
			this.resolution.resolve();
			assertThat(keyLinks(session)).isEqualTo(withoutS2);

			// keys written by an older version: the next resolve rewrites every record's keys
			session.run("MATCH ()-[k:HAS_BLOCK_KEY]->() DELETE k").consume();
			session.run("MATCH (s:BlockKeyScheme) SET s.version = 1").consume();
			this.resolution.resolve();
			assertThat(keyLinks(session)).isEqualTo(written);
			assertThat(scheme(session)).isEqualTo(BlockingKeys.SCHEME);
			assertThat(session.run("""
					MATCH (:SourceRecord {sourceId: 'S-1'})-[:HAS_BLOCK_KEY]->(k:BlockKey)
					RETURN collect(k.key) AS keys""").single().get("keys").asList(v -> v.asString()))
				.anyMatch(key -> key.startsWith("fam+city:"))
				.anyMatch(key -> key.startsWith("mailbox~:"));
		}
	}

	private static long keyLinks(Session session) {
		return session.run("MATCH (:SourceRecord)-[k:HAS_BLOCK_KEY]->() RETURN count(k) AS n").single().get("n").asLong();
	}

	private static int scheme(Session session) {
		return session.run("MATCH (s:BlockKeyScheme {id: 'current'}) RETURN s.version AS v").single().get("v").asInt();
	}

}
