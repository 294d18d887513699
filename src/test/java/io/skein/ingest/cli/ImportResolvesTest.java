package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.skein.identity.resolution.ResolutionReport;
import io.skein.identity.resolution.ResolutionService;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} leaves resolved clusters: {@code import} then {@code export-clusters} gives what
 * {@code import}, {@code resolve}, {@code export-clusters} gives (fake_1000, read from the shared datasets).
 */
@SkeinTest
class ImportResolvesTest {

	@Autowired
	ImportService importer;

	@Autowired
	ResolutionService resolution;

	@Autowired
	ClusterExporter exporter;

	@Autowired
	GraphProbe probe;

	@TempDir
	Path dir;

	@Test
	void importThenExportClustersGivesWhatImportResolveExportClustersGives() throws IOException {
		Path csv = DatasetRecords.file("splink_fake_1000/fake_1000.csv");

		ImportSummary imported = this.importer.importFiles(List.of(csv), "splink_fake_1000", ImportProgress.NONE);

		assertThat(imported.records()).isEqualTo(1000);
		Path afterImport = this.dir.resolve("import.csv");
		this.exporter.export(afterImport);
		assertThat(this.probe.summary().get("rel:MATCHED")).as("fuzzy pairs stored by the import").isPositive();

		ResolutionReport resolved = this.resolution.resolve();

		assertThat(resolved.trainedModel()).isTrue();
		assertThat(resolved.customersMerged() + resolved.customersSplit()).as("nothing left for resolve to do").isZero();
		Path afterResolve = this.dir.resolve("resolve.csv");
		this.exporter.export(afterResolve);
		assertThat(afterImport).hasSameTextualContentAs(afterResolve);
		long customers = Files.readAllLines(afterImport).stream().skip(1).map(l -> l.split(",")[2]).distinct().count();
		assertThat(customers).isLessThan(imported.records()).isEqualTo(this.probe.activeCustomers());
		assertThat(resolved.linkPairs()).isPositive();
	}

}
