package io.skein.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code generate} command's options reach the generator; picocli alone, no Spring context. */
class GenerateCommandTest {

	@Test
	void writesTheFilesItIsAskedFor(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("bank");
		int status = new CommandLine(new GenerateCommand()).execute("--people", "40", "--seed", "7", "--as-of",
				"2026-06-30", "--months", "2", "--out", out.toString());

		assertThat(status).isZero();
		assertThat(Files.readAllLines(out.resolve("truth/people.csv")).stream().skip(1).map(l -> l.split(",")[0])
			.distinct()).hasSize(40);
		// behaviour falls in the two months asked for; consent statements are dated at onboarding, before them
		assertThat(Files.readAllLines(out.resolve("events.ndjson")))
			.filteredOn(line -> !line.contains("\"type\":\"consent_updated\""))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).containsPattern("\"at\":\"2026-0[5-6]-"));
		assertThat(Files.readAllLines(out.resolve("events.ndjson")))
			.filteredOn(line -> line.contains("\"type\":\"consent_updated\""))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).doesNotContainPattern("\"at\":\"2026-0[7-9]-"));
		assertThat(Files.readString(out.resolve("README.md")))
			.contains("generate --people 40 --seed 7 --as-of 2026-06-30 --months 2 --out seed-data");
	}

}
