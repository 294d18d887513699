package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.identity.Ids;
import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-time resolution scores the records a write changed against their whole blocks, and the other records
 * of the scope only against the partners of their stored MATCHED edges, when their pairs marker says those
 * are complete ({@link PairsMarker}): the same customers, far fewer pairs.
 */
@SkeinTest
class StoredPairsTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ResolutionService resolution;

	@Autowired
	ModelStore models;

	@Autowired
	ResolutionProperties properties;

	@Autowired
	GraphProbe probe;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Test
	void aResolvedRecordIsScoredThroughItsEdgesWithTheSameOutcome() {
		// one family in one town: every record is a block candidate of every other; Anita is on file twice
		List<Map<String, Object>> family = new ArrayList<>();
		String[] names = { "Anita", "Rohan", "Kavya", "Arjun", "Meera", "Vikram", "Ishaan", "Diya" };
		for (int i = 0; i < names.length; i++) {
			family.add(record("crm", "f" + i, names[i], "19" + (60 + 3 * i) + "-0" + (1 + i % 9) + "-1" + i));
		}
		family.add(record("core_banking", "dup", "Anitha", "1960-01-10"));
		family.forEach(this::ingest);
		this.resolution.resolve(false);
		PairsMarker marker = PairsMarker.of(this.models.current(), this.models.thresholds(),
				this.properties.maxBlockSize());
		assertThat(markers()).hasSize(9).allSatisfy((id, value) -> assertThat(value).as(id).isNotNull());
		String anita = recordId("crm", "f0");
		String customer = this.probe.customerOf("crm", "f0");
		assertThat(this.probe.customerOf("core_banking", "dup")).isEqualTo(customer);

		// Anita is rescored against the family (8 pairs); her duplicate only through its edges (to Anita: no new pair)
		ResolutionReport throughEdges = this.resolution.resolveRecords(List.of(anita), 100).orElseThrow();
		// the same without markers: every record of the scope is scored against the whole family
		long unmarked = this.graph.write(
				tx -> tx.run(this.queries.get("test/remove-pairs-markers"), Map.of()).get(0).get("records").asLong());
		assertThat(unmarked).isEqualTo(9L);
		ResolutionReport inFull = this.resolution.resolveRecords(List.of(anita), 100).orElseThrow();

		assertThat(throughEdges.records()).isEqualTo(inFull.records()).isEqualTo(2);
		assertThat(throughEdges.candidatePairs()).isEqualTo(names.length).isLessThan(inFull.candidatePairs());
		assertThat(List.of(throughEdges, inFull)).allSatisfy(report -> assertThat(
				report.customersMerged() + report.customersSplit() + report.recordsMoved()).isZero());
		assertThat(this.probe.customerOf("core_banking", "dup")).isEqualTo(customer);
		// the records scored in full carry their marker again, as their values and the model give it
		assertThat(markers()).containsEntry(anita, expected(marker, anita))
			.containsEntry(recordId("core_banking", "dup"), expected(marker, recordId("core_banking", "dup")));
	}

	@Test
	void anEditedRecordIsScoredInFullAgain() {
		ingest(record("crm", "a", "Anita", "1980-02-03"));
		ingest(record("crm", "b", "Anitha", "1980-02-03"));
		this.resolution.resolve(false);
		String a = recordId("crm", "a");
		String before = markers().get(a);

		ingest(record("crm", "a", "Anita", "1980-03-02"));

		PairsMarker marker = PairsMarker.of(this.models.current(), this.models.thresholds(),
				this.properties.maxBlockSize());
		assertThat(markers().get(a)).isNotEqualTo(before).isEqualTo(expected(marker, a));
	}

	private String expected(PairsMarker marker, String id) {
		return marker.of(this.graph.query(this.queries.get("identity/records-by-ids"), Map.of("ids", List.of(id)),
				StoredRecord::from).get(0).match());
	}

	private Map<String, String> markers() {
		Map<String, String> markers = new HashMap<>();
		for (Record row : this.probe.rows("pairs-markers", Map.of())) {
			markers.put(row.get("id").asString(), row.get("marker").isNull() ? null : row.get("marker").asString());
		}
		return markers;
	}

	private static String recordId(String source, String sourceId) {
		return Ids.sourceRecord(source, sourceId);
	}

	private void ingest(Map<String, Object> record) {
		assertThat(this.ingest.ingestRecords(List.of(record), "records").get(0).errors()).isEmpty();
	}

	private static Map<String, Object> record(String source, String sourceId, String first, String dob) {
		return new HashMap<>(People.record(source, sourceId, first, "Kulkarni", dob, "Nashik", Map.of()));
	}

}
