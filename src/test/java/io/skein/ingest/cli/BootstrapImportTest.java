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
 * {@code import --bootstrap} builds the graph an ordinary {@code import} builds: a generated bank (records,
 * then events) imported both ways into an empty store gives byte-identical {@code export-clusters} output
 * and the same whole-graph fingerprint (customers, merges, match pairs, households, segments, purposes,
 * interactions), values written at the runs' own time blanked ({@code pairsMarker} digests the model with
 * its training time). A store that holds records refuses it.
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
	MeterRegistry meters;

	@Autowired
	ApplicationContext spring;

	@TempDir
	Path dir;

	@Test
	void aBootstrapLoadLeavesTheGraphAnOrdinaryImportLeaves() throws Exception {
		Path seed = this.dir.resolve("seed");
		new DemoBankGenerator(new GeneratorOptions(100, 7, GeneratorOptions.DEFAULT_AS_OF, 2)).writeTo(seed);
		// the third record bridges the first two (an e-mail and an account): stitching merges them
		Path bridge = Files.writeString(this.dir.resolve("bridge.ndjson"), """
				{"source":"bridge","sourceId":"1","firstName":"Meera","lastName":"Iyer","email":"meera.iyer@bridge.test"}
				{"source":"bridge","sourceId":"2","firstName":"Meera","lastName":"Iyer","accounts":[{"accountNumber":"999000111222","productCode":"SAVINGS"}]}
				{"source":"bridge","sourceId":"3","firstName":"Meera","lastName":"Iyer","email":"meera.iyer@bridge.test","accounts":[{"accountNumber":"999000111222"}]}
				""");
		List<Path> files = List.of(seed.resolve("records.ndjson"), bridge, seed.resolve("events.ndjson"));
		long recordLines = Files.lines(files.get(0)).count() + 3;
		// the shipped attribute definitions the empty store was given before this test count as the runs' own
		Instant started = Instant.now().minusSeconds(60);

		ImportSummary ordinary = this.importer.importFiles(files, null, ImportProgress.NONE);
		Path ordinaryClusters = this.dir.resolve("ordinary.csv");
		this.exporter.export(ordinaryClusters);
		List<String> expected = this.fingerprint.ignoring("pairsMarker").ofRunsSince(started);
		Map<String, Long> expectedSummary = this.probe.summary();

		EmptyGraphBeforeEach.empty(this.spring);
		double bulkBefore = this.meters.counter("skein.ingest.bootstrap.records").count();
		ImportSummary bootstrap = this.importer.importFiles(files, null, ImportProgress.NONE, true);
		assertThat(this.meters.counter("skein.ingest.bootstrap.records").count() - bulkBefore)
			.as("every record line went through the bulk path").isEqualTo(recordLines);
		Path bootstrapClusters = this.dir.resolve("bootstrap.csv");
		this.exporter.export(bootstrapClusters);
		List<String> actual = this.fingerprint.ignoring("pairsMarker").ofRunsSince(started);

		assertThat(bootstrap.format().replaceAll("(elapsed|rate): .*", ""))
			.isEqualTo(ordinary.format().replaceAll("(elapsed|rate): .*", ""));
		assertThat(bootstrapClusters).hasSameBinaryContentAs(ordinaryClusters);
		assertThat(Files.readAllLines(ordinaryClusters)).hasSize((int) recordLines + 1);
		assertThat(this.probe.summary()).isEqualTo(expectedSummary);
		assertThat(expectedSummary.get("rel:MERGED_INTO")).as("stitching and resolution merged customers").isPositive();
		assertThat(expected).as("records bridging customers merged them while stitching (in memory, for the bootstrap)")
			.anyMatch(line -> line.startsWith("N[\"Merge\"]") && line.contains("bridges them"));
		List<String> missing = new ArrayList<>(expected);
		missing.removeAll(new HashSet<>(actual));
		List<String> extra = new ArrayList<>(actual);
		extra.removeAll(new HashSet<>(expected));
		assertThat(missing).as("in the ordinary import's graph but not in the bootstrap's").isEmpty();
		assertThat(extra).as("in the bootstrap's graph but not in the ordinary import's").isEmpty();
		assertThat(actual).hasSameSizeAs(expected);
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
