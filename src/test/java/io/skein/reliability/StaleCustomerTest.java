package io.skein.reliability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.identity.Ids;
import io.skein.identity.resolution.People;
import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion and resolution write customers from different threads (and instances), each after reading them:
 * a record is never left on a customer merged away meanwhile. A merge locks the customers before reading their
 * records, so a record attached first moves with them; an attachment that finds its customer merged reports it
 * as stale, and the write is retried from the start.
 */
@SkeinTest
class StaleCustomerTest {

	@Autowired
	IngestService ingest;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Autowired
	Driver driver;

	@Autowired
	GraphProbe probe;

	@Test
	void aRecordAttachedWhileAMergeWaitsMovesWithTheMergedCustomer() throws Exception {
		String x = customerOf("x", "Anil", "1971-01-01");
		String y = customerOf("y", "Bela", "1982-02-02");
		customerOf("r", "Chitra", "1993-03-03");
		String record = Ids.sourceRecord("crm", "r");
		try (Session session = this.driver.session(); Transaction attaching = session.beginTransaction()) {
			attaching.run(this.queries.get("identity/attach-records").text(),
					Map.of("rows", List.of(Map.of("recordId", record, "customerId", x, "createdAt", "2026-01-01T00:00:00Z",
							"reason", "test")), "now", "2026-01-01T00:00:00Z"))
				.consume();
			CompletableFuture<Long> merging = CompletableFuture.supplyAsync(() -> this.graph.write(tx -> tx
				.run(this.queries.get("identity/merge-customers"), Map.of("merges", List.of(Map.of("survivorId", y,
						"absorbedIds", List.of(x), "mergeId", "m-test", "triggeredBy", List.of())), "now",
						"2026-01-01T00:00:01Z", "reason", "test"))
				.get(0)
				.get("absorbed")
				.asLong()));
			Thread.sleep(500);
			assertThat(merging).as("the merge waits for the customer's lock").isNotDone();
			attaching.commit();
			assertThat(merging.get(30, TimeUnit.SECONDS)).isEqualTo(1);
		}
		assertThat(this.probe.customerOf("crm", "r")).isEqualTo(y);
		assertThat(this.probe.customerOf("crm", "x")).isEqualTo(y);
		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();
	}

	@Test
	void anAttachmentToACustomerMergedMeanwhileIsReportedStale() {
		String x = customerOf("x", "Anil", "1971-01-01");
		String y = customerOf("y", "Bela", "1982-02-02");
		customerOf("r", "Chitra", "1993-03-03");
		this.graph.write(tx -> tx.run(this.queries.get("identity/merge-customers"), Map.of("merges",
				List.of(Map.of("survivorId", y, "absorbedIds", List.of(x), "mergeId", "m-test", "triggeredBy", List.of())),
				"now", "2026-01-01T00:00:01Z", "reason", "test")));

		List<String> stale = this.graph.write(tx -> tx
			.run(this.queries.get("identity/attach-records"),
					Map.of("rows", List.of(Map.of("recordId", Ids.sourceRecord("crm", "r"), "customerId", x, "createdAt",
							"2026-01-01T00:00:00Z", "reason", "test")), "now", "2026-01-01T00:00:02Z"))
			.get(0)
			.get("stale")
			.asList(Value::asString));

		assertThat(stale).containsExactly(x);
	}

	private String customerOf(String sourceId, String first, String dob) {
		return this.ingest
			.ingestRecords(List.of(People.record("crm", sourceId, first, "Iyer" + sourceId, dob, null,
					Map.of("email", sourceId + "@example.in"))), "records")
			.get(0)
			.customerId();
	}

}
