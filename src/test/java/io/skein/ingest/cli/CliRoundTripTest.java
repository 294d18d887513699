package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.skein.cli.CommandLineMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands as a user runs them: {@code java -jar skein.jar COMMAND ... --data-dir DIR}, in process
 * through {@link CommandLineMode#run} (which returns the exit code instead of exiting), each run
 * starting and stopping its own application on a fresh embedded store.
 */
class CliRoundTripTest {

	@TempDir
	Path dir;

	@Test
	void importExportAndReimportChangeNothing() throws IOException {
		Path file = PeopleFixture.write(this.dir);
		Path dataDir = this.dir.resolve("store");

		CliRun first = skein("import", file.toString(), "--data-dir", dataDir.toString());
		assertThat(first.exitCode()).as(first.err()).isEqualTo(2);
		assertThat(first.out()).contains("files:      1")
			.contains("lines read: 14 (10 records, 3 events, 1 not JSON objects)")
			.contains("ingested:   12 (created 12, updated 0)")
			.contains("unchanged:  0")
			.contains("rejected:   2")
			.contains(file + ":7: $: not valid JSON")
			.contains(file + ":8: sourceId: is required")
			.contains("customers:  ");

		CliRun export = skein("export-clusters", "--out", this.dir.resolve("first.csv").toString(), "--data-dir",
				dataDir.toString());
		assertThat(export.exitCode()).as(export.err()).isZero();
		assertThat(export.out()).contains("rows:       9").contains("customers:  7");
		assertThat(PeopleFixture.readCsv(this.dir.resolve("first.csv"))).hasSize(PeopleFixture.STORED_RECORDS);

		CliRun again = skein("import", file.toString(), "--data-dir=" + dataDir);
		assertThat(again.exitCode()).as(again.err()).isEqualTo(2);
		assertThat(again.out()).contains("ingested:   0 (created 0, updated 0)")
			.contains("unchanged:  12")
			.contains("rejected:   2");

		skein("export-clusters", "--out", this.dir.resolve("second.csv").toString(), "--data-dir", dataDir.toString());
		assertThat(this.dir.resolve("second.csv")).hasSameBinaryContentAs(this.dir.resolve("first.csv"));
	}

	@Test
	void csvImportsThroughAMappingFile() throws IOException {
		Path mapping = Files.writeString(this.dir.resolve("crm.json"), """
				{"source": "crm_csv", "sourceId": "id",
				 "fields": {"firstName": ["first"], "lastName": ["last"], "email": ["email"],
				            "dateOfBirth": ["dob"], "address.city": ["city"]},
				 "dateFormats": {"dateOfBirth": "dd/MM/yyyy"}}
				""");
		Path csv = Files.writeString(this.dir.resolve("people.csv"), """
				id,first,last,email,dob,city
				1,Asha,Rao,asha@example.in,02/03/1985,Pune
				2,A.,Rao,ASHA@example.in,,Pune
				3,Vikram,Shah,vikram@example.in,31/02/1990,"Mumbai, MH"
				""");
		Path dataDir = this.dir.resolve("csv-store");

		CliRun run = skein("import", csv.toString(), "--mapping", mapping.toString(), "--data-dir", dataDir.toString());
		CliRun unknown = skein("import", csv.toString(), "--mapping", "no-such-mapping", "--data-dir", dataDir.toString());
		skein("export-clusters", "--out", this.dir.resolve("csv.csv").toString(), "--data-dir", dataDir.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("ingested:   3 (created 3, updated 0)").contains("customers:  2 active");
		assertThat(unknown.exitCode()).isEqualTo(1);
		assertThat(unknown.err()).contains("no-such-mapping");
		List<String> rows = Files.readAllLines(this.dir.resolve("csv.csv"));
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1).split(",")[2]).isEqualTo(rows.get(2).split(",")[2]);
		assertThat(rows.get(3).split(",")[2]).isNotEqualTo(rows.get(1).split(",")[2]);
	}

	/** Runs one command with stdout and stderr captured; the store gets a small page cache. */
	private static CliRun skein(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--skein.neo4j.page-cache-mb=64");
		return CliRun.of(all.toArray(String[]::new));
	}

}
