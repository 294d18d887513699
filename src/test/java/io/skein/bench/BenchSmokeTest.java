package io.skein.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.skein.ingest.BootstrapLoad;
import io.skein.ingest.Json;
import io.skein.ingest.cli.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code skein bench} end to end on a small bank, as a user runs it (its own application, HTTP server on a
 * free port, a fresh store): the JSON holds every figure and each is sane. No timing is asserted: this
 * machine is shared and small, so only the presence and sign of each figure are checked.
 */
class BenchSmokeTest {

	/** Small on purpose: the smoke run proves every figure is produced, not how fast. */
	private static final int REQUESTS = 40;

	/** The bench's unrecorded warm-up for 40 requests with {@code --warmup-seconds 0}: max(10, min(200, requests / 10)). */
	private static final int WARMUP = 10;

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void benchReportsEveryFigure() throws Exception {
		Path out = this.dir.resolve("bench-result.json");
		BenchCli cli = BenchCli.run("bench", "--people", "80", "--requests", String.valueOf(REQUESTS), "--warmup-seconds", "0", "--bootstrap", "--out",
				out.toString(), "--data-dir", this.dir.resolve("store").toString(), "--skein.neo4j.page-cache-mb=64");

		assertThat(cli.exit()).isZero();
		assertThat(cli.printed()).contains("bulk import (--bootstrap), records/s").containsPattern("(PASS|MISS)");
		Map<String, Object> json = Json.parseObject(Files.readString(out));
		assertThat(json).containsKeys("run", "generated", "ceiling", "import", "resolve", "realtimeIngest", "customer360",
				"segments", "memory", "store", "targets");

		Map<String, Object> ceiling = (Map<String, Object>) json.get("ceiling");
		positive(ceiling, "records", "events", "recordsPerSecond", "linesPerSecond", "customers", "storeBytes");
		Map<String, Object> imported = (Map<String, Object>) json.get("import");
		positive(imported, "records", "events", "recordsPerSecond", "linesPerSecond", "customers", "ratioRecordsToCeiling",
				"ratioLinesToCeiling");
		assertThat(((Number) imported.get("rejected")).longValue()).isZero();
		assertThat(imported.get("bootstrap")).as("the records were loaded by --bootstrap").isEqualTo(true);
		assertThat((List<Object>) imported.get("topQueries")).isNotEmpty();
		Map<String, Object> phases = (Map<String, Object>) imported.get("phaseSeconds");
		assertThat(phases).as("events went through the bootstrap too, as import --bootstrap sends them")
			.containsKeys(BootstrapLoad.EVENTS_WRITE, ImportService.END_RESOLUTION)
			.doesNotContainKey(ImportService.ORDINARY_INGESTION);

		Map<String, Object> resolve = (Map<String, Object>) json.get("resolve");
		positive(resolve, "records", "candidatePairs", "seconds", "recordsPerSecond", "secondsPer50kRecords");
		assertThat(((Number) resolve.get("records")).longValue()).isEqualTo(((Number) imported.get("records")).longValue());

		Map<String, Object> realtime = (Map<String, Object>) json.get("realtimeIngest");
		latencies((Map<String, Object>) realtime.get("concurrency1"), REQUESTS);
		latencies((Map<String, Object>) realtime.get("concurrency8"), REQUESTS);
		Map<String, Object> fuzzy = (Map<String, Object>) realtime.get("fuzzyConcurrency1");
		latencies(fuzzy, REQUESTS);
		// Every near-duplicate (warm-up included) was stored and resolved in its call, and fuzzy scoring joined
		// most of them to the customer of the record they copy: the scenario times the fuzzy path, not stitching.
		Map<String, Object> outcomes = (Map<String, Object>) fuzzy.get("outcomes");
		assertThat(((Number) outcomes.get("ingested")).intValue()).isEqualTo(REQUESTS + WARMUP);
		assertThat(((Number) fuzzy.get("resolutions")).intValue()).isGreaterThanOrEqualTo(REQUESTS + WARMUP);
		assertThat(((Number) outcomes.get("inLinkPair")).intValue()).isGreaterThan(REQUESTS / 2);
		assertThat(((Number) outcomes.get("joinedTheirCustomer")).intValue()).isGreaterThan(REQUESTS / 2);
		Map<String, Object> customer360 = (Map<String, Object>) json.get("customer360");
		latencies((Map<String, Object>) customer360.get("graphql"), REQUESTS);
		latencies((Map<String, Object>) customer360.get("cypher"), REQUESTS);
		positive(customer360, "ratioP95", "ratioP50", "ratioP95InProcess", "ratioP50InProcess");
		assertThat(customer360.get("ratioBaseline")).isEqualTo("cypherOverBolt");

		Map<String, Object> segments = (Map<String, Object>) json.get("segments");
		positive(segments, "evaluateSeconds", "customersEvaluated", "extrapolatedTo1MSeconds", "recheckAllSegments",
				"recheckAllSeconds", "batchMs", "batchMsPerCustomer");
		// its own minimum warm-up: min(20, samples)
		latencies((Map<String, Object>) segments.get("singleCustomerReevaluation"), REQUESTS, 20);
		positive((Map<String, Object>) json.get("memory"), "peakHeapUsedMb", "peakHeapPoolsMb", "maxHeapMb");
		positive((Map<String, Object>) json.get("store"), "bytes", "activeCustomers", "bytesPerCustomer");

		List<Map<String, Object>> targets = (List<Map<String, Object>>) json.get("targets");
		assertThat(targets).hasSize(12)
			.allSatisfy(t -> assertThat(t).containsKeys("name", "figure", "target", "pass"));
	}

	private static void positive(Map<String, Object> section, String... keys) {
		assertThat(section).containsKeys(keys);
		for (String key : keys) {
			assertThat(((Number) section.get(key)).doubleValue()).as(key).isPositive();
		}
	}

	private static void latencies(Map<String, Object> scenario, int requests) {
		latencies(scenario, requests, WARMUP);
	}

	private static void latencies(Map<String, Object> scenario, int requests, int warmup) {
		assertThat(((Number) scenario.get("requests")).intValue()).isEqualTo(requests);
		assertThat(scenario).containsKeys("warmupSeconds", "steadyState");
		assertThat(((Number) scenario.get("warmupCalls")).intValue()).as("--warmup-seconds 0: the minimum warm-up")
			.isEqualTo(warmup);
		positive(scenario, "p50Ms", "p95Ms", "p99Ms", "maxMs", "perSecond");
		assertThat(((Number) scenario.get("p50Ms")).doubleValue())
			.isLessThanOrEqualTo(((Number) scenario.get("p95Ms")).doubleValue());
		assertThat(((Number) scenario.get("p95Ms")).doubleValue())
			.isLessThanOrEqualTo(((Number) scenario.get("p99Ms")).doubleValue());
	}

}
