package io.skein.household;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GeneratorOptions;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.support.GraphFingerprint;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk import's end resolution does not recompute every household (the import's end recomputes those around every
 * customer it or the resolution touched): what the import leaves is what a full recomputation leaves, on a generated
 * bank whose families share phones, mailboxes and addresses and whose end resolution merges customers.
 */
@SkeinTest
class ImportHouseholdsTest {

	@Autowired
	ImportService importer;

	@Autowired
	Households households;

	@Autowired
	GraphFingerprint fingerprint;

	@Autowired
	TestClock clock;

	@TempDir
	Path dir;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void anImportLeavesTheHouseholdsAFullRecomputationLeaves() throws Exception {
		this.clock.runFrom(Instant.parse("2026-11-16T06:30:00Z"));
		Path bank = this.dir.resolve("bank");
		new DemoBankGenerator(new GeneratorOptions(150, 11, GeneratorOptions.DEFAULT_AS_OF, 2)).writeTo(bank);
		Instant started = this.clock.instant().minusSeconds(60);

		this.importer.importFiles(List.of(bank.resolve("records.ndjson")), null, ImportProgress.NONE);
		List<String> imported = this.fingerprint.ofRunsSince(started);

		assertThat(imported).as("the end resolution merged customers by fuzzy match")
			.anyMatch(line -> line.startsWith("N[\"Merge\"]") && line.contains("fuzzy match"));
		assertThat(imported).as("families share a household").anyMatch(line -> line.startsWith("N[\"Household\"]"));
		assertThat(this.households.recomputeAll()).as("customers revisited").isPositive();
		assertThat(this.fingerprint.ofRunsSince(started)).isEqualTo(imported);
	}

}
