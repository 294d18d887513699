package io.skein.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GenerationSummary;
import io.skein.demo.GeneratorOptions;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.security.ApiKeys;
import io.skein.security.Role;
import io.skein.graph.NamedQuery;
import io.skein.graph.QueryTimings;
import io.skein.identity.resolution.ResolutionReport;
import io.skein.identity.resolution.ResolutionService;
import io.skein.identity.StitchingProperties;
import io.skein.ingest.Json;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;
import io.skein.segment.MembershipEvaluator;
import io.skein.segment.Segment;
import io.skein.segment.SegmentService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

/**
 * The benchmark's phases, in order: generate, ceiling load on a second store, bulk import through
 * {@link ImportService}, real-time ingest and customer-360 over GraphQL, the hand-written 360 through the
 * driver, segment evaluation, then heap and store size. Each phase adds its figures to a {@link BenchReport}.
 */
@Component
class BenchRun {

	/** A rule segment of the kind analysts write: savers with some recent activity. */
	static final String SEGMENT_RULE = """
			{"and": [{"holding": {"products": ["SAVINGS"]}},
			         {"event": {"window": {"last": 90, "unit": "DAYS"}, "count": {"gte": 3}}}]}
			""";

	static final String INGEST_ONE = """
			mutation ingestOne($records: [SourceRecordInput!]!) {
			  ingestRecords(records: $records) { index status customerId }
			}
			""";

	/** The customer-360: profile, identifiers, accounts, the 50 newest interactions and segments (no purpose field exists). */
	static final String CUSTOMER_360 = """
			query customer360($id: ID!) {
			  customer(id: $id) {
			    id kind createdAt
			    profile {
			      firstName { value source sourceId rule observedAt }
			      lastName { value source sourceId rule observedAt }
			      fullName { value source } email { value source } phone { value source }
			      dateOfBirth { value source } gender { value source } address { value source }
			      attributes { name value source }
			    }
			    identifiers { type value guarded }
			    accounts { accountNumber openedAt closedAt balance currency product { code name category } }
			    interactions(first: 50) { edges { node { eventId type channel at category properties } } }
			    segments { since segment { id name } }
			  }
			}
			""";

	private final ImportService imports;

	private final SegmentService segments;

	private final MembershipEvaluator evaluator;

	private final Graph graph;

	private final Driver driver;

	private final MeterRegistry meters;

	private final CypherQueries queries;

	private final NamedQuery sampleCustomers;

	private final NamedQuery customer360;

	private final NamedQuery customerCount;

	private final NamedQuery fuzzyOutcomes;

	private final ApiKeys apiKeys;

	private final ResolutionService resolution;

	/** As the view counts an identifier's holders: up to one past the most an unguarded identifier has. */
	private final int holdersLimit;

	BenchRun(ImportService imports, SegmentService segments, MembershipEvaluator evaluator, Graph graph, Driver driver,
			MeterRegistry meters, CypherQueries queries, ApiKeys apiKeys, ResolutionService resolution,
			StitchingProperties stitching) {
		this.apiKeys = apiKeys;
		this.holdersLimit = stitching.maxCustomersPerIdentifier() + 1;
		this.resolution = resolution;
		this.imports = imports;
		this.segments = segments;
		this.evaluator = evaluator;
		this.graph = graph;
		this.driver = driver;
		this.meters = meters;
		this.queries = queries;
		this.sampleCustomers = queries.get("bench/sample-customers");
		this.customer360 = queries.get("bench/customer-360");
		this.customerCount = queries.get("cli/customer-count");
		this.fuzzyOutcomes = queries.get("bench/fuzzy-outcomes");
	}

	/** What one run is asked to do. */
	record Settings(int people, long seed, java.time.LocalDate asOf, int requests, int warmupSeconds, Path store, Path work, int port,
			long pageCacheMb, String command, boolean bootstrap) {
	}

	BenchReport run(Settings s, Consumer<String> log) {
		BenchReport report = new BenchReport(s);
		try (HeapWatch heap = new HeapWatch()) {
			Path bank = s.work().resolve("bank");
			log.accept("generating " + s.people() + " people into " + bank + " ...");
			long t0 = System.nanoTime();
			GenerationSummary generated;
			try (BankFiles files = new BankFiles(bank)) {
				generated = new DemoBankGenerator(new GeneratorOptions(s.people(), s.seed(), s.asOf(), 6)).generate(files);
			}
			report.generated(generated, System.nanoTime() - t0);

			log.accept("ceiling: plain UNWIND ... MERGE of " + generated.records() + " records and " + generated.events()
					+ " events into a second fresh store ...");
			Path ceilingStore = s.work().resolve("ceiling-store");
			CeilingLoad ceilingLoad = new CeilingLoad(this.queries);
			ceilingLoad.warmUp(bank, s.work().resolve("warm-up-store"), s.pageCacheMb());
			delete(s.work().resolve("warm-up-store"));
			CeilingLoad.Result ceiling = ceilingLoad.load(bank, ceilingStore, s.pageCacheMb());
			report.ceiling(ceiling, sizeOf(ceilingStore));

			log.accept("import with full resolution (ImportService" + (s.bootstrap() ? ", records and events by --bootstrap" : "") + ") ...");
			QueryTimings before = QueryTimings.snapshot(this.meters);
			long i0 = System.nanoTime();
			if (s.bootstrap()) {
				// as `import --bootstrap RECORDS EVENTS` runs: events through the bootstrap too, one end for both
				ImportSummary both = this.imports.importFiles(
						List.of(bank.resolve(BankFiles.RECORDS), bank.resolve(BankFiles.EVENTS)), null, ImportProgress.NONE, true,
						io.skein.ingest.BootstrapLoad.Writes.BULK_IMPORT);
				long recordNanos = BenchImportSplit.recordNanos(both);
				report.imported(both, recordNanos, both.elapsed().toNanos() - recordNanos,
						QueryTimings.snapshot(this.meters).top(before, 10).stream().map(QueryTimings.Row::asMap).toList());
			}
			else {
				// as `import RECORDS EVENTS` runs: one import, one end (resolution, derived state) for both files
				BenchImportSplit.RecordsIngested recordsIngested = new BenchImportSplit.RecordsIngested(generated.records());
				ImportSummary both = this.imports.importFiles(
						List.of(bank.resolve(BankFiles.RECORDS), bank.resolve(BankFiles.EVENTS)), null, recordsIngested);
				long recordNanos = BenchImportSplit.recordNanos(both, recordsIngested.nanos());
				report.imported(both, recordNanos, System.nanoTime() - i0 - recordNanos,
						QueryTimings.snapshot(this.meters).top(before, 10).stream().map(QueryTimings.Row::asMap).toList());
			}

			log.accept("resolve: full reconciliation of every record, retraining the model (as `resolve`) ...");
			QueryTimings beforeResolve = QueryTimings.snapshot(this.meters);
			long r0 = System.nanoTime();
			ResolutionReport resolved = this.resolution.resolve(true);
			report.resolved(resolved, System.nanoTime() - r0,
					QueryTimings.snapshot(this.meters).top(beforeResolve, 5).stream().map(QueryTimings.Row::asMap).toList());

			int warmup = Math.max(10, Math.min(200, s.requests() / 10));
			// The bench calls GraphQL as any service would: with an API key, here a throwaway admin key.
			GraphQlClient http = new GraphQlClient(s.port(), this.apiKeys.create("bench", Role.ADMIN).secret());
			// write scenarios warm up until the JIT is quiet but with at most as many calls as they time: each adds to the store
			int maxWriteWarmup = Math.max(warmup, s.requests());
			List<Map<String, Object>> replay = sampleLines(bank.resolve(BankFiles.RECORDS), 2 * (s.requests() + maxWriteWarmup), s.seed());
			for (int concurrency : new int[] { 1, 8 }) {
				log.accept("real-time ingest: " + s.requests() + " single-record ingestRecords at concurrency " + concurrency + " ...");
				String tag = "rt" + concurrency + "-";
				report.realtime(concurrency, LoadRunner.run(s.requests(), concurrency, warmup, maxWriteWarmup, s.warmupSeconds(),
						i -> http.post(INGEST_ONE, Map.of("records", List.of(replayed(replay, i, tag))))));
			}

			log.accept("real-time ingest: " + s.requests() + " single-record near-duplicates (fuzzy resolution, no shared identifier) at concurrency 1 ...");
			FuzzyDuplicates fuzzy = new FuzzyDuplicates(replay, "fz-");
			Timer resolving = this.meters.timer("skein.resolution.realtime.latency");
			long resolvedBefore = resolving.count();
			double resolvingBefore = resolving.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
			StoreWork fuzzyWork = StoreWork.start(this.graph, this.meters);
			Latencies fuzzyLatencies = LoadRunner.run(s.requests(), 1, warmup, maxWriteWarmup, s.warmupSeconds(),
					i -> http.post(INGEST_ONE, Map.of("records", List.of(fuzzy.duplicate(i)))));
			long resolutions = resolving.count() - resolvedBefore;
			double resolutionMeanMs = resolutions == 0 ? 0
					: (resolving.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) - resolvingBefore) / resolutions;
			int fuzzyCalls = fuzzyLatencies.warmupCalls() + s.requests();
			StoreWork.PerCall perCall = fuzzyWork.perCall(fuzzyCalls);
			report.realtimeFuzzy(fuzzyLatencies, fuzzy.outcomes(this.graph, this.fuzzyOutcomes, fuzzyCalls),
					resolutions, resolutionMeanMs, perCall);

			List<String> ids = this.graph.query(this.sampleCustomers, Map.of("limit", 1000), r -> r.get("id").asString());
			log.accept("customer-360: " + s.requests() + " GraphQL queries at concurrency 8, then the hand-written Cypher ...");
			report.customer360(LoadRunner.run(s.requests(), 8, warmup, s.warmupSeconds(),
					i -> http.post(CUSTOMER_360, Map.of("id", ids.get(i % ids.size())))));
			// the hand-written query as the application runs its own (in this process on the embedded store), and over Bolt
			report.customer360Cypher(LoadRunner.run(s.requests(), 8, warmup, s.warmupSeconds(), i -> handWritten360(ids.get(i % ids.size()))),
					LoadRunner.run(s.requests(), 8, warmup, s.warmupSeconds(), i -> handWritten360OverBolt(ids.get(i % ids.size()))));

			segmentFigures(s, report, ids, log);

			long customers = this.graph.query(this.customerCount, Map.of(), r -> r.get("active").asLong()).get(0);
			report.memory(heap.sampledPeakBytes(), HeapWatch.poolPeakBytes(), HeapWatch.maxHeapBytes());
			report.store(sizeOf(s.store()), customers);
		}
		return report;
	}

	/**
	 * A rule segment is created twice with the same rule: the first creation plans the evaluation query (and
	 * is reported as the cold figure), the second is the full evaluation measured. Then every segment is
	 * re-checked, and the upkeep an ingested batch pays is timed for one customer and for a batch.
	 */
	private void segmentFigures(Settings s, BenchReport report, List<String> ids, Consumer<String> log) {
		log.accept("segments: creating a rule segment twice (cold, then measured) over every customer ...");
		long c0 = System.nanoTime();
		createSegment("Bench active savers (cold)");
		long coldNanos = System.nanoTime() - c0;
		long w0 = System.nanoTime();
		Segment segment = createSegment("Bench active savers");
		long evaluateNanos = System.nanoTime() - w0;
		long members = this.segments.counts(List.of(segment.id())).getOrDefault(segment.id(), 0L);
		long customers = this.graph.query(this.customerCount, Map.of(), r -> r.get("active").asLong()).get(0);
		log.accept("segments: re-checking every segment over every customer ...");
		long r0 = System.nanoTime();
		MembershipEvaluator.Outcome recheck = this.evaluator.recheckAll();
		long recheckNanos = System.nanoTime() - r0;
		int samples = Math.min(s.requests(), 200);
		log.accept("segments: " + samples + " single-customer re-evaluations (what every ingested batch pays) ...");
		Latencies single = LoadRunner.run(samples, 1, Math.min(20, samples), s.warmupSeconds(),
				i -> this.evaluator.evaluateCustomer(ids.get(i % ids.size())));
		List<String> batch = ids.subList(0, Math.min(200, ids.size()));
		long b0 = System.nanoTime();
		this.evaluator.evaluateCustomers(batch);
		long batchNanos = System.nanoTime() - b0;
		report.segments(coldNanos, evaluateNanos, customers, members, recheck, recheckNanos, single, batch.size(),
				batchNanos);
	}

	private Segment createSegment(String name) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", name + " " + System.currentTimeMillis());
		input.put("rule", Json.parseObject(SEGMENT_RULE));
		return this.segments.create(input);
	}

	private List<Object> handWritten360(String id) {
		return this.graph.read(tx -> tx.run(this.customer360, Map.of("id", id, "holdersLimit", this.holdersLimit)).get(0)
			.values().stream().map(v -> (Object) v.asObject()).toList());
	}

	private List<Object> handWritten360OverBolt(String id) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.customer360.text(), Map.of("id", id, "holdersLimit", this.holdersLimit)).single().values().stream()
				.map(v -> (Object) v.asObject()).toList());
		}
	}

	/** A stored record under a new source id, so each request is a new record stitched to an existing customer. */
	private static Map<String, Object> replayed(List<Map<String, Object>> lines, int i, String tag) {
		Map<String, Object> record = new LinkedHashMap<>(lines.get(i % lines.size()));
		record.put("sourceId", record.get("sourceId") + "-" + tag + i);
		return record;
	}

	/** A uniform sample of lines (reservoir), so the replayed records come from the whole bank. */
	static List<Map<String, Object>> sampleLines(Path file, int size, long seed) {
		List<String> reservoir = new ArrayList<>(size);
		Random random = new Random(seed);
		long seen = 0;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				seen++;
				if (reservoir.size() < size) {
					reservoir.add(line);
				}
				else {
					long j = (long) (random.nextDouble() * seen);
					if (j < size) {
						reservoir.set((int) j, line);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return reservoir.stream().map(Json::parseObject).toList();
	}

	static long sizeOf(Path dir) {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> {
				try {
					return Files.size(f);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a temporary directory left behind is not worth failing the run for
		}
	}

}
