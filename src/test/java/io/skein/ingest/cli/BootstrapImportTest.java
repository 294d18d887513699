package io.skein.ingest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GeneratorOptions;
import io.skein.graph.EmbeddedBulkLoad;
import io.skein.ingest.BootstrapLoad;
import io.skein.ingest.ImportPhases;
import io.skein.support.EmptyGraphBeforeEach;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code import --bootstrap} builds the graph an ordinary {@code import} builds, writing in place or through
 * Neo4j's bulk importer (the embedded store stopped, what it held carried over): a generated bank (records,
 * then events, records and events attributed in memory by the bootstrap) imported both ways into an empty
 * store gives byte-identical {@code export-clusters} output
 * and the same whole-graph fingerprint (customers, merges, match pairs, households, segments, purposes,
 * interactions), values written at the runs' own time blanked ({@code pairsMarker} digests the model with
 * its training time). The ordinary import's end resolution does not recompute every household (the import's end
 * does, around every customer touched): its households are what a full recomputation leaves. A store that holds
 * records refuses it.
 */
@SkeinTest
class BootstrapImportTest {

	@Autowired
	ImportService importer;

	@Autowired
	ClusterExporter exporter;

	@Autowired
	GraphFingerprint fingerprint;

	@Autowired
	GraphProbe probe;

	@Autowired
	io.skein.household.Households households;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationContext spring;

	/** The day after the generated bank's last day: both imports run from it. */
	private static final Instant BANK_DAY_AFTER = Instant.parse("2026-11-16T06:30:00Z");

	@Autowired
	io.skein.support.TestClock clock;

	@TempDir
	Path dir;

	@org.junit.jupiter.api.AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void aBootstrapLoadLeavesTheGraphAnOrdinaryImportLeaves() throws Exception {
		// both imports on the day after the generated bank's, whatever today's date: run on real dates, an event
		// could leave a window (a purpose's 28 days of evidence) between the two imports
		this.clock.runFrom(BANK_DAY_AFTER);
		Path seed = this.dir.resolve("seed");
		new DemoBankGenerator(new GeneratorOptions(100, 7, GeneratorOptions.DEFAULT_AS_OF, 2)).writeTo(seed);
		// the third record bridges the first two (an e-mail and an account): stitching merges them
		Path bridge = Files.writeString(this.dir.resolve("bridge.ndjson"), """
				{"source":"bridge","sourceId":"1","firstName":"Meera","lastName":"Iyer","email":"meera.iyer@bridge.test"}
				{"source":"bridge","sourceId":"2","firstName":"Meera","lastName":"Iyer","accounts":[{"accountNumber":"999000111222","productCode":"SAVINGS"}]}
				{"source":"bridge","sourceId":"3","firstName":"Meera","lastName":"Iyer","email":"meera.iyer@bridge.test","accounts":[{"accountNumber":"999000111222"}]}
				""");
		// Meera browses anonymously (cookie), then on a device she used logged in (her own SEEN_FOR edge from it),
		// then the cookie and that device together (the anonymous profile sees the device too), then logs in
		// with the cookie: the profile merges into her; its cookie edge moves, its device edge is dropped
		// (identity/merge-customers keeps the survivor's own); a consent, a record named, a customer id unknown
		Path bridgeEvents = Files.writeString(this.dir.resolve("bridge-events.ndjson"), """
				{"eventId":"bridge-e0","type":"Page_viewed","at":"2026-10-01T10:00:00Z","channel":"web","anonymousId":"ck_bridge_meera"}
				{"eventId":"bridge-e1","type":"Login","at":"2026-10-02T10:00:00Z","channel":"app","deviceId":"dev_bridge_meera","identifiers":{"email":"meera.iyer@bridge.test"}}
				{"eventId":"bridge-e2","type":"Page_viewed","at":"2026-10-03T10:00:00Z","channel":"web","anonymousId":"ck_bridge_meera","deviceId":"dev_bridge_meera"}
				{"eventId":"bridge-e3","type":"Login","at":"2026-10-04T10:00:00Z","channel":"web","anonymousId":"ck_bridge_meera","identifiers":{"email":"meera.iyer@bridge.test"}}
				{"eventId":"bridge-e4","type":"consent_updated","at":"2026-10-05T10:00:00Z","channel":"web","identifiers":{"email":"meera.iyer@bridge.test"},"properties":{"channel":"SMS","purpose":"MARKETING","granted":false}}
				{"eventId":"bridge-e5","type":"Branch_visit","at":"2026-10-06T10:00:00Z","channel":"branch","identifiers":{"source":"bridge","sourceId":"2"}}
				{"eventId":"bridge-e6","type":"Branch_visit","at":"2026-10-07T10:00:00Z","channel":"branch","identifiers":{"customerId":"c-nobody"},"anonymousId":"ck_bridge_other"}
				""");
		List<Path> files = List.of(seed.resolve("records.ndjson"), bridge, seed.resolve("events.ndjson"), bridgeEvents);
		long recordLines = Files.lines(files.get(0)).count() + 3;
		long eventLines = Files.lines(files.get(2)).count() + 7;
		// the shipped attribute definitions the empty store was given before this test count as the runs' own
		Instant started = this.clock.instant().minusSeconds(60);

		ImportSummary ordinary = this.importer.importFiles(files, null, ImportProgress.NONE);
		Path ordinaryClusters = this.dir.resolve("ordinary.csv");
		this.exporter.export(ordinaryClusters);
		List<String> expected = this.fingerprint.ignoring("pairsMarker").ofRunsSince(started);
		Map<String, Long> expectedSummary = this.probe.summary();
		List<String> expectedChanges = this.fingerprint.identityChanges();

		assertThat(expectedSummary.get("rel:MERGED_INTO")).as("stitching and resolution merged customers").isPositive();
		assertThat(expected).as("records bridging customers merged them while stitching (in memory, for the bootstrap)")
			.anyMatch(line -> line.startsWith("N[\"Merge\"]") && line.contains("bridges them"));
		assertThat(expected).as("a login merged an anonymous history into a known customer")
			.anyMatch(line -> line.startsWith("N[\"Merge\"]") && line.contains("identified by event bridge-e3"));
		assertThat(expected).as("the anonymous profile's device edge gave way to Meera's own at the merge")
			.anyMatch(line -> line.contains("SEEN_FOR{assertedBy=bridge-e1, firstSeen=2026-10-02T10:00Z, lastSeen=2026-10-02T10:00Z}"))
			.anyMatch(line -> line.contains("SEEN_FOR{assertedBy=bridge-e0, firstSeen=2026-10-01T10:00Z, lastSeen=2026-10-04T10:00Z}"));
		assertThat(expected).as("anonymous profiles and consents are part of the comparison")
			.anyMatch(line -> line.startsWith("N[\"Customer\"]") && line.contains("kind=ANONYMOUS"))
			.anyMatch(line -> line.startsWith("N[\"ConsentStatement\"]") && line.contains("proof=event:bridge-e4"));
		assertThat(expected).as("empty arrays are part of the comparison (the bulk importer's files cannot hold them)")
			.anyMatch(line -> line.startsWith("N[\"SourceRecord\"]") && line.contains("warnings=[]"));

		assertThat(Files.readAllLines(ordinaryClusters)).hasSize((int) recordLines + 1);
		// the ordinary import's end resolution left households to the import's end: they are what a full
		// recomputation leaves
		assertThat(expected).as("the end resolution merged customers by fuzzy match")
			.anyMatch(line -> line.startsWith("N[\"Merge\"]") && line.contains("fuzzy match"));
		assertThat(expected).as("families share households").anyMatch(line -> line.startsWith("N[\"Household\"]"));
		assertThat(this.households.recomputeAll()).as("customers revisited").isPositive();
		assertThat(this.fingerprint.ignoring("pairsMarker").ofRunsSince(started)).isEqualTo(expected);

		for (BootstrapLoad.Writes writes : BootstrapLoad.Writes.values()) {
			EmptyGraphBeforeEach.empty(this.spring);
			this.clock.runFrom(BANK_DAY_AFTER);
			double bulkBefore = this.meters.counter("skein.ingest.bootstrap.records").count();
			double bulkEventsBefore = this.meters.counter("skein.ingest.bootstrap.events").count();
			ImportSummary bootstrap = this.importer.importFiles(files, null, ImportProgress.NONE, true, writes);
			assertThat(bootstrap.phases()).as(writes + ": the bulk importer ran only when asked")
				.map(ImportPhases.Phase::name)
				.matches(names -> names.contains(EmbeddedBulkLoad.BULK_IMPORT) == (writes == BootstrapLoad.Writes.BULK_IMPORT));
			assertThat(this.meters.counter("skein.ingest.bootstrap.records").count() - bulkBefore)
				.as("every record line went through the bootstrap").isEqualTo(recordLines);
			assertThat(this.meters.counter("skein.ingest.bootstrap.events").count() - bulkEventsBefore)
				.as("every event line went through the bootstrap").isEqualTo(eventLines);
			Path bootstrapClusters = this.dir.resolve("bootstrap-" + writes + ".csv");
			this.exporter.export(bootstrapClusters);
			List<String> actual = this.fingerprint.ignoring("pairsMarker").ofRunsSince(started);

			assertThat(bootstrap.format().replaceAll("(elapsed|rate): .*", ""))
				.isEqualTo(ordinary.format().replaceAll("(elapsed|rate): .*", ""));
			assertThat(bootstrapClusters).hasSameBinaryContentAs(ordinaryClusters);
			assertThat(this.probe.summary()).as(writes.name()).isEqualTo(expectedSummary);
			assertThat(this.fingerprint.identityChanges()).as("the change feed's CREATED and MERGED events")
				.isEqualTo(expectedChanges)
				.anyMatch(line -> line.contains(" CREATED ANONYMOUS "))
				.anyMatch(line -> line.contains(" MERGED ") && line.contains("\"a-"));
			List<String> missing = new ArrayList<>(expected);
			missing.removeAll(new HashSet<>(actual));
			List<String> extra = new ArrayList<>(actual);
			extra.removeAll(new HashSet<>(expected));
			assertThat(missing).as(writes + ": in the ordinary import's graph but not in the bootstrap's").isEmpty();
			assertThat(extra).as(writes + ": in the bootstrap's graph but not in the ordinary import's").isEmpty();
			assertThat(actual).hasSameSizeAs(expected);
		}
	}

	@Test
	void aStoreHoldingRecordsRefusesABootstrapLoad() throws Exception {
		Path file = this.dir.resolve("one.ndjson");
		Files.writeString(file, "{\"source\":\"crm\",\"sourceId\":\"1\",\"firstName\":\"Asha\",\"lastName\":\"Rao\"}\n");
		this.importer.importFiles(List.of(file), null, ImportProgress.NONE);

		assertThatThrownBy(() -> this.importer.importFiles(List.of(file), null, ImportProgress.NONE, true))
			.isInstanceOf(ImportFailedException.class)
			.hasMessageContaining("empty store only")
			.hasMessageContaining("1 source records");
	}

}
