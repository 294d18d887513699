package io.skein.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

import io.skein.ingest.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code skein bench --synthetic-segments N} end to end on a few hundred synthetic customers: the first
 * evaluation (written by the statement that finds the members) makes exactly the members the rule selects by
 * the synthetic spread, as many as the floor's hand-written statement. No timing is asserted.
 */
class SyntheticSegmentsSmokeTest {

	private static final int CUSTOMERS = 400;

	@TempDir
	Path dir;

	@Test
	void firstEvaluationMakesTheFloorsMembers() throws Exception {
		Path out = this.dir.resolve("bench-result.json");
		BenchCli cli = BenchCli.run("bench", "--synthetic-segments", String.valueOf(CUSTOMERS), "--out",
				out.toString(), "--data-dir", this.dir.resolve("store").toString(), "--skein.neo4j.page-cache-mb=64",
				"--skein.journeys.enabled=false");

		assertThat(cli.exit()).isZero();
		assertThat(cli.printed()).contains("ours / floor").contains("label / floor").contains("ours / this floor");
		Map<String, Object> json = Json.parseObject(Files.readString(out));
		// savers (n % 4 is 0 or 1) whose latest activity, (n * 31) % 400 days and an hour ago, is within 365 days
		long savers = IntStream.range(0, CUSTOMERS).filter(n -> n % 4 <= 1 && (n * 31) % 400 < 365).count();
		assertThat(savers).isPositive();
		assertThat(((Number) json.get("members")).longValue()).isEqualTo(savers);
		assertThat(((Number) json.get("floorMembers")).longValue()).isEqualTo(savers);
		assertThat(((Number) json.get("floorConcurrentMembers")).longValue()).isEqualTo(savers);
		assertThat(json.get("historyAfterFirstEvaluation")).isEqualTo("CREATED");
		assertThat(((Number) json.get("recheckExited")).longValue()).isPositive();
		assertThat(((Number) json.get("floorAsLabelSeconds")).doubleValue()).isPositive();
		assertThat(((Number) json.get("floorAsPropertySeconds")).doubleValue()).isPositive();
	}

}
