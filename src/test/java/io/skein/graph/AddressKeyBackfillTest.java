package io.skein.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.AddressKey;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records an older Skein wrote carry no address key: the next start gives them the key {@link AddressKey}
 * gives a new record (Cypher and Java must agree, or households would miss them), once.
 */
@SkeinTest
class AddressKeyBackfillTest {

	private static final List<String> LINES = List.of("Flat 3/4, St. Mary Road", "FLAT 34 ST MARY-ROAD",
			"12-B, Gandhi Nagar", "Straße 5, Köln", "İstiklal Cd. 1", "  Plot 7 ");

	@Autowired
	Graph graph;

	@Autowired
	Driver driver;

	@Test
	void recordsWrittenBeforeTheKeyGetTheKeyANewRecordGetsOnce() {
		// a store an older Skein wrote: records without keys, and no mark saying they have them
		run("MATCH (s:SchemaStep {id: 'record-address-keys'}) DELETE s", Map.of());
		run("""
				UNWIND range(0, size($lines) - 1) AS i
				CREATE (:SourceRecord {id: 'old-' + i, postcode: '400050', addressLine1: $lines[i]})""",
				Map.of("lines", LINES));
		run("CREATE (:SourceRecord {id: 'no-postcode', addressLine1: '4 Lake View Road'})", Map.of());

		new SchemaMigrations(this.graph).apply();

		Map<String, String> keys = keys();
		for (int i = 0; i < LINES.size(); i++) {
			assertThat(keys.get("old-" + i)).as(LINES.get(i)).isNotNull().isEqualTo(AddressKey.of("400050", LINES.get(i)));
		}
		assertThat(keys.get("old-0")).as("one address written two ways").isEqualTo(keys.get("old-1"));
		assertThat(keys).containsEntry("no-postcode", null);

		run("MATCH (r:SourceRecord {id: 'old-2'}) REMOVE r.addressKey", Map.of());
		new SchemaMigrations(this.graph).apply();
		assertThat(keys()).as("done once: a later start reads the marker, not every record").containsEntry("old-2", null);
	}

	private Map<String, String> keys() {
		Map<String, String> keys = new HashMap<>();
		try (Session session = this.driver.session()) {
			session.run("MATCH (r:SourceRecord) RETURN r.id AS id, r.addressKey AS key")
				.forEachRemaining(r -> keys.put(r.get("id").asString(), r.get("key").asString(null)));
		}
		return keys;
	}

	private void run(String cypher, Map<String, Object> params) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
		}
	}

}
