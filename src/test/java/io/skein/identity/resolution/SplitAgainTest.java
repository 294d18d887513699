package io.skein.identity.resolution;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by fuzzing (updates rewriting a given name): a record that real-time resolution splits off its
 * customer, that stitching then merges back, and that resolution splits off again at the same instant, must
 * land on a new active customer.
 * Split ids derive from (customer, records, time), so the second split named the customer merged away in
 * between, and the record was moved onto that MERGED customer.
 */
@SkeinTest
class SplitAgainTest {

	private static final String PHONE = "+919812300077";

	@Autowired
	IngestService ingest;

	@Autowired
	GraphProbe probe;

	@Autowired
	TestClock clock;

	@Test
	void aRecordSplitOffAgainAtTheSameInstantGetsANewActiveCustomerNotTheMergedOne() {
		this.clock.set("2026-03-01T09:00:00Z");
		// one phone, agreeing names: stitched together, and a must-link keeps them together
		ingest(List.of(record("1", "Kabir")));
		this.clock.set("2026-03-01T09:01:00Z");
		ingest(List.of(record("2", "Kabir")));
		String kabir = this.probe.customerOf("crm", "1");
		assertThat(this.probe.customerOf("crm", "2")).isEqualTo(kabir);

		this.clock.set("2026-03-01T10:00:00Z");
		// another given name: the phone neither stitches nor must-links them any more, and the different given
		// name keeps the pair below the link band, so resolution splits it off
		ingest(List.of(record("2", "Zoravar")));
		String firstSplit = this.probe.customerOf("crm", "2");
		assertThat(firstSplit).isNotEqualTo(kabir);
		// the given name back: stitching merges the split-off customer back into the older one
		ingest(List.of(record("2", "Kabir")));
		assertThat(this.probe.customerOf("crm", "2")).isEqualTo(kabir);
		assertThat(status(firstSplit)).isEqualTo("MERGED");

		// the other given name again, at the same instant: split off again, onto a new customer
		ingest(List.of(record("2", "Zoravar")));
		String secondSplit = this.probe.customerOf("crm", "2");
		assertThat(secondSplit).isNotIn(kabir, firstSplit);
		assertThat(status(secondSplit)).isEqualTo("ACTIVE");
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(kabir);
		assertThat(status(kabir)).isEqualTo("ACTIVE");
	}

	private void ingest(List<Map<String, Object>> records) {
		this.ingest.ingestRecords(records, "records")
			.forEach(r -> assertThat(r.errors()).as("ingest").isEmpty());
	}

	private String status(String customerId) {
		List<Record> rows = this.probe.rows("customer-state", Map.of("id", customerId));
		assertThat(rows).as("customer " + customerId).hasSize(1);
		return rows.get(0).get("status").asString();
	}

	private static Map<String, Object> record(String sourceId, String firstName) {
		return People.record("crm", sourceId, firstName, "Das", null, null, Map.of("phone", PHONE));
	}

}
