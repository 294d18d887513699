package io.skein.identity.resolution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.identity.Ids;
import io.skein.ingest.IngestService;
import io.skein.ingest.cli.ClusterExporter;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SkeinTest
class ResolutionGraphTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ResolutionService resolution;

	@Autowired
	MatchExplainer explainer;

	@Autowired
	ClusterExporter exporter;

	@Autowired
	GraphProbe probe;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Test
	void storedRecordsGetBlockKeysAndNoRawNationalId() {
		this.ingest.ingestRecords(List.of(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("nationalId", "ABCDE1234F"))), "records");
		Map<String, Long> summary = this.probe.summary();
		assertThat(summary).containsKey("node::BlockKey").containsKey("rel:HAS_BLOCK_KEY");
		List<String> keys = this.graph.query(this.queries.get("identity/candidate-blocks"), Map.of("maxBlockSize", 10),
				r -> r.get("key").asString());
		assertThat(keys).isEmpty(); // one record: no block of two
		Record stored = this.graph.query(this.queries.get("identity/records-by-ids"),
				Map.of("ids", List.of(Ids.sourceRecord("crm", "1"))), r -> r).get(0);
		assertThat(stored.get("nationalIdDigest").asString()).hasSize(64).doesNotContain("ABCDE");
		assertThat(stored.get("nationalIdVariants").asList()).hasSize(11);
	}

	@Test
	void fuzzyDuplicatesMergeIntoTheOlderCustomerWithExplanations() {
		String older = this.ingest.ingestRecords(List.of(People.record("crm", "1", "Anita", "Desai", "1980-02-03",
				"Pune", Map.of())), "records").get(0).customerId();
		String newer = this.ingest.ingestRecords(List.of(People.record("core_banking", "9", "Anitha", "Desai",
				"1980-02-03", "Pune", Map.of())), "records").get(0).customerId();
		this.ingest.ingestRecords(List.of(People.record("crm", "2", "Ravi", "Kumar", "1975-06-07", "Chennai", Map.of())),
				"records");
		// real-time resolution: the duplicate joined the older customer before its ingest returned
		assertThat(newer).isEqualTo(older);

		ResolutionReport report = this.resolution.resolve();

		assertThat(report.trainedModel()).isFalse();
		assertThat(report.linkPairs()).isEqualTo(1);
		assertThat(report.customersMerged()).as("the full resolve finds nothing left to merge").isZero();
		assertThat(this.probe.customerOf("core_banking", "9")).isEqualTo(older);
		assertThat(this.probe.summary()).containsEntry("rel:MATCHED", 1L);
		MatchExplanation linked = this.explainer.explain(Ids.sourceRecord("crm", "1"), Ids.sourceRecord("core_banking", "9"));
		assertThat(linked.linked()).isTrue();
		assertThat(linked.band()).isEqualTo("LINK");
		assertThat(linked.comparisons()).extracting(c -> c.attribute()).contains("givenName", "familyName", "dateOfBirth");
		MatchExplanation notLinked = this.explainer.explain(older, Ids.sourceRecord("crm", "2"));
		assertThat(notLinked.linked()).isFalse();
		assertThat(notLinked.band()).isEqualTo("NONE");
		assertThat(notLinked.reasons()).anyMatch(r -> r.startsWith("not linked")).anyMatch(r -> r.contains("below the review"));
		// an absorbed id explains as its survivor
		MatchExplanation absorbed = this.explainer.explain(newer, Ids.sourceRecord("crm", "2"));
		assertThat(List.of(absorbed.left().customerId(), absorbed.right().customerId())).contains(older)
			.contains(this.probe.customerOf("crm", "2"));
	}

	/**
	 * Found by the random steward sequences: a customer merged into one cluster's survivor must first give
	 * its records that resolution puts elsewhere to their own cluster, or they ride along with the merge.
	 */
	@Test
	void aCustomerAbsorbedByOneClusterFirstGivesItsOtherRecordsAway() {
		String older = this.ingest.ingestRecords(List.of(People.record("crm", "1", "Anita", "Desai", "1980-02-03",
				"Pune", Map.of())), "records").get(0).customerId();
		Map<String, Object> account = Map.of("accounts", List.of(Map.of("accountNumber", "5550001")));
		this.ingest.ingestRecords(List.of(People.record("core_banking", "9", "Anitha", "Desai", "1980-02-03", "Pune",
				account)), "records");
		// Ravi's cluster must be applied after the merge, the order that once lost his record: its id sorts last
		String raviId = java.util.stream.IntStream.range(0, 100)
			.mapToObj(Integer::toString)
			.filter(id -> Ids.sourceRecord("branch", id).compareTo(Ids.sourceRecord("crm", "1")) > 0
					&& Ids.sourceRecord("branch", id).compareTo(Ids.sourceRecord("core_banking", "9")) > 0)
			.findFirst()
			.orElseThrow();
		this.ingest.ingestRecords(List.of(People.record("branch", raviId, "Ravi", "Kumar", "1975-06-07", "Chennai",
				account)), "records");
		assertThat(this.probe.customerOf("branch", raviId)).isEqualTo(this.probe.customerOf("core_banking", "9"));
		// the account was keyed in error: without it nothing ties Ravi to Anitha any more
		this.ingest.ingestRecords(List.of(People.record("branch", raviId, "Ravi", "Kumar", "1975-06-07", "Chennai",
				Map.of())), "records");

		this.resolution.resolve();

		assertThat(this.probe.customerOf("core_banking", "9")).isEqualTo(older);
		assertThat(this.probe.customerOf("branch", raviId)).isNotEqualTo(older);
		Record integrity = this.graph.query(this.queries.get("identity/check-integrity"), Map.of(), r -> r).get(0);
		assertThat(integrity.get("badRecords").asLong()).isZero();
	}

	@Test
	void nationalIdTyposMatchFuzzilyButDifferentIdsNeverStitch() {
		this.ingest.ingestRecords(List.of(
				People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of("nationalId", "ABCDE1234F")),
				People.record("core_banking", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of("nationalId", "ABCDE1243F"))),
				"records");
		// stitching kept them apart (different national ids); real-time resolution linked them on the typo
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(this.probe.customerOf("core_banking", "1"));
		MatchExplanation explanation = this.explainer.explain(Ids.sourceRecord("crm", "1"), Ids.sourceRecord("core_banking", "1"));
		assertThat(explanation.comparisons()).anyMatch(c -> c.attribute().equals("nationalId") && c.level().equals("ONE_EDIT"));
		assertThat(explanation.reasons()).anyMatch(r -> r.contains("one keying error"));

		this.resolution.resolve();

		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(this.probe.customerOf("core_banking", "1"));
	}

	@Test
	void theSameRecordsInAnyOrderGiveTheSameClusters() throws IOException {
		List<Map<String, Object>> fixture = People.fixture();
		List<List<List<String>>> results = new ArrayList<>();
		for (long seed = 1; seed <= 3; seed++) {
			this.graph.execute(this.queries.get("test/delete-all"), Map.of());
			List<Map<String, Object>> shuffled = new ArrayList<>(fixture);
			Collections.shuffle(shuffled, new Random(seed));
			for (Map<String, Object> record : shuffled) {
				this.ingest.ingestRecords(List.of(record), "records");
			}
			this.resolution.resolve();
			results.add(clusters());
			assertThat(integrity()).isEqualTo(List.of(0L, 0L));
		}
		assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(results.get(0)));
		// The fixture is twelve people (record ids end with the person's number): twelve clusters, one per person.
		List<List<String>> byPerson = fixture.stream()
			.collect(java.util.stream.Collectors.groupingBy(r -> String.valueOf(r.get("sourceId")).substring(1),
					java.util.TreeMap::new,
					java.util.stream.Collectors.mapping(r -> r.get("source") + "/" + r.get("sourceId"),
							java.util.stream.Collectors.toList())))
			.values()
			.stream()
			.map(records -> records.stream().sorted().toList())
			.sorted(java.util.Comparator.comparing(records -> records.get(0)))
			.toList();
		assertThat(byPerson).hasSize(12);
		assertThat(results.get(0)).containsExactlyElementsOf(byPerson);
	}

	/** The export-clusters file, with each customer id replaced by its cluster's first record (ids depend on order). */
	private List<List<String>> clusters() throws IOException {
		Path file = Files.createTempFile("clusters", ".csv");
		try {
			this.exporter.export(file);
			Map<String, List<String>> byCustomer = new HashMap<>();
			Files.readAllLines(file).stream().skip(1).forEach(line -> {
				String[] cells = line.split(",");
				byCustomer.computeIfAbsent(cells[2], c -> new ArrayList<>()).add(cells[0] + "/" + cells[1]);
			});
			TreeMap<String, List<String>> sorted = new TreeMap<>();
			byCustomer.values().forEach(records -> {
				Collections.sort(records);
				sorted.put(records.get(0), records);
			});
			return List.copyOf(sorted.values());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private List<Long> integrity() {
		Record row = this.graph.query(this.queries.get("identity/check-integrity"), Map.of(), r -> r).get(0);
		return List.of(row.get("badRecords").asLong(), row.get("badInteractions").asLong());
	}

}
