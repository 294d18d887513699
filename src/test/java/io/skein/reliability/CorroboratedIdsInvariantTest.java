package io.skein.reliability;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster-wide national-id invariant is as strict as the engine: one customer may hold two different
 * national ids only through a scored link that corroborated them, and real-time resolution says so on that
 * link's MATCHED edge ({@code corroboratesNationalIds}). Without the mark the invariant reports the
 * customer, so a merge that reached two ids any other way cannot pass the random-sequence tests.
 */
@SkeinTest
class CorroboratedIdsInvariantTest {

	@Autowired
	IngestService ingest;

	@Autowired
	Driver driver;

	@Test
	void aCorroboratingLinkIsMarkedAndTheInvariantNeedsTheMark() {
		this.ingest.ingestRecords(List.of(person("branch", "B-1", "ABCPK1234F"), person("crm", "C-9", "QRSTZ9876Y")),
				"records");

		try (Session session = this.driver.session()) {
			long customers = session.run("""
					MATCH (r:SourceRecord)-[:BELONGS_TO]->(c:Customer) WHERE r.sourceId IN ['B-1', 'C-9']
					RETURN count(DISTINCT c) AS n""").single().get("n").asLong();
			assertThat(customers).as("one person with a mis-keyed id on one form").isEqualTo(1);
			List<Boolean> marks = session.run("""
					MATCH (:SourceRecord {sourceId: 'B-1'})-[m:MATCHED]-(:SourceRecord {sourceId: 'C-9'})
					RETURN m.corroboratesNationalIds AS mark""").list(r -> r.get("mark").isNull() ? false : r.get("mark").asBoolean());
			assertThat(marks).containsExactly(true);
			assertThat(ClusterInvariants.violations(this.driver)).isEmpty();

			// the same customer without the mark: whatever joined the ids, the invariant refuses it
			session.run("MATCH ()-[m:MATCHED]-() REMOVE m.corroboratesNationalIds").consume();
			assertThat(ClusterInvariants.violations(this.driver)).anySatisfy(
					problem -> assertThat(problem).contains("holds two national ids"));
		}
	}

	private static Map<String, Object> person(String source, String sourceId, String nationalId) {
		return Map.of("source", source, "sourceId", sourceId, "firstName", "Meera", "lastName", "Raghunathan",
				"dateOfBirth", "1984-09-17", "phone", "+91-9845012345", "nationalId", nationalId, "address",
				Map.of("line1", "12 Temple Street", "city", "Madurai", "postcode", "625001"));
	}

}
