package io.skein.identity.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An update that changes or removes what a record shares (blocking keys, identifiers, its name) re-resolves
 * the records it shared them with, as a full resolve would: the records it linked split off, and records
 * whose must-link it broke (a phone became a household's) or restores (no longer) follow.
 */
@SkeinTest
class OldNeighboursTest {

	private static final String PHONE = "+919812300088";

	@Autowired
	IngestService ingest;

	@Autowired
	GraphProbe probe;

	@Autowired
	ResolutionService resolution;

	@Autowired
	TestClock clock;

	@Test
	void recordsLinkedOnlyThroughTheUpdatedRecordSplitOff() {
		// X and Z share only a name (review band); Y links both: X by a shared email, Z by name and birth date
		ingest(record("X", "Meera", "Shah", null, Map.of("email", "meera@example.in")));
		ingest(record("Y", "Meera", "Shah", "1985-04-04", Map.of("email", "meera@example.in")));
		ingest(record("Z", "Meera", "Shah", "1985-04-04", Map.of()));
		assertThat(this.probe.customerOf("crm", "X")).isEqualTo(this.probe.customerOf("crm", "Y"))
			.isEqualTo(this.probe.customerOf("crm", "Z"));

		// Y becomes someone else: nothing holds X and Z together any more
		ingest(record("Y", "Vikram", "Rao", "1971-11-30", Map.of("email", "vikram@example.in")));

		assertThat(this.probe.customerOf("crm", "X")).isNotEqualTo(this.probe.customerOf("crm", "Z"));
		assertThat(this.probe.customerOf("crm", "Y")).isNotIn(this.probe.customerOf("crm", "X"),
				this.probe.customerOf("crm", "Z"));
		assertNothingLeftForAFullResolve();
	}

	@Test
	void aPhoneThatBecomesAHouseholdsOrStopsBeingOneReResolvesItsOtherHolders() {
		this.clock.set("2026-03-01T09:00:00Z");
		// Kabir and "K" share a phone and agree on the name: stitched and must-linked, though their birth dates
		// differ (their fuzzy score alone would not link them)
		ingest(record("A", "Kabir", "Das", "1980-01-01", Map.of("phone", PHONE)));
		this.clock.set("2026-03-01T09:01:00Z");
		ingest(record("B", "K", "Das", "1991-05-05", Map.of("phone", PHONE)));
		assertThat(this.probe.customerOf("crm", "B")).isEqualTo(this.probe.customerOf("crm", "A"));

		// Zoravar on the same phone makes it a household's: no must-link through it, A and B split
		this.clock.set("2026-03-01T09:02:00Z");
		ingest(record("R", "Zoravar", "Das", null, Map.of("phone", PHONE)));
		assertThat(this.probe.customerOf("crm", "B")).isNotEqualTo(this.probe.customerOf("crm", "A"));
		assertNothingLeftForAFullResolve();

		// Zoravar's record drops the phone: the must-link is back, A and B join again
		this.clock.set("2026-03-01T09:03:00Z");
		ingest(record("R", "Zoravar", "Das", null, Map.of()));
		assertThat(this.probe.customerOf("crm", "B")).isEqualTo(this.probe.customerOf("crm", "A"));
		assertNothingLeftForAFullResolve();
	}

	/** Real-time resolution left what a full resolve with the same model leaves. */
	private void assertNothingLeftForAFullResolve() {
		ResolutionReport full = this.resolution.resolve(false);
		assertThat(full.customersMerged() + full.customersSplit() + full.recordsMoved()).as("left for a full resolve")
			.isZero();
	}

	private void ingest(Map<String, Object> record) {
		assertThat(this.ingest.ingestRecords(List.of(record), "records").get(0).errors()).isEmpty();
	}

	private static Map<String, Object> record(String sourceId, String first, String last, String dob,
			Map<String, Object> extra) {
		return new HashMap<>(People.record("crm", sourceId, first, last, dob, null, extra));
	}

}
