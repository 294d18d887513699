package io.skein.bench;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graph.QueryTimings;
import io.skein.ingest.DerivedStateUpkeep;
import io.skein.ingest.Json;
import io.skein.segment.MembershipEvaluator;
import io.skein.segment.Segment;
import io.skein.segment.SegmentService;

import org.springframework.stereotype.Component;

/**
 * {@code bench --synthetic-segments N}: segment evaluation at scale without the import. N synthetic active
 * customers are created straight through Cypher with their precomputed facts ({@code bench/synthetic-customers};
 * no records, accounts or interactions), then a rule segment that reads only facts is created twice (the first
 * plans the queries; the second is the measured first evaluation, which writes the memberships and one CREATED
 * event) — beside the floor, the same memberships created by one hand-written statement in the same run, and
 * for comparison the same members written as a label and as an unindexed property instead — and re-checked after one customer in a hundred went quiet (those exits are written one by one, each
 * with its SegmentEvent and change-feed event). The first evaluation is printed beside the target (10 s at
 * 1,000,000 customers; below 1M, extrapolated linearly and said so). The scheduled sweeps are held meanwhile.
 */
@Component
class SyntheticSegments {

	/** Savers active in the last year: a holding and an activity rule, both answered by the facts. */
	static final String RULE = """
			{"and": [{"holding": {"products": ["SAVINGS"]}},
			         {"event": {"window": {"last": 365, "unit": "DAYS"}, "count": {"gte": 1}}}]}
			""";

	static final long TARGET_CUSTOMERS = 1_000_000;

	static final double TARGET_SECONDS = 10.0;

	private static final int BATCH = 50_000;

	private final Graph graph;

	private final SegmentService segments;

	private final MembershipEvaluator evaluator;

	private final Clock clock;

	private final NamedQuery create;

	private final NamedQuery churn;

	private final NamedQuery floor;

	private final NamedQuery floorSegment;

	private final NamedQuery floorConcurrent;

	private final NamedQuery floorLabel;

	private final NamedQuery floorProperty;

	private final MeterRegistry meters;

	private final DerivedStateUpkeep upkeep;

	SyntheticSegments(Graph graph, SegmentService segments, MembershipEvaluator evaluator, Clock clock,
			CypherQueries queries, MeterRegistry meters, DerivedStateUpkeep upkeep) {
		this.upkeep = upkeep;
		this.meters = meters;
		this.graph = graph;
		this.segments = segments;
		this.evaluator = evaluator;
		this.clock = clock;
		this.create = queries.get("bench/synthetic-customers");
		this.churn = queries.get("bench/synthetic-churn");
		this.floor = queries.get("bench/synthetic-floor");
		this.floorSegment = queries.get("bench/synthetic-floor-segment");
		this.floorConcurrent = queries.get("bench/synthetic-floor-concurrent");
		this.floorLabel = queries.get("bench/synthetic-floor-label");
		this.floorProperty = queries.get("bench/synthetic-floor-property");
	}

	/** Runs the phase; returns the figures (also printed as a table on {@code out}). */
	Map<String, Object> run(int customers, Consumer<String> log, PrintWriter out) {
		// as during a bulk import, the scheduled sweeps (drop-offs, purposes, segment re-check) skip their turn
		try (DerivedStateUpkeep.Hold hold = this.upkeep.hold()) {
			return measure(customers, log, out);
		}
	}

	private Map<String, Object> measure(int customers, Consumer<String> log, PrintWriter out) {
		Map<String, Object> figures = new LinkedHashMap<>();
		log.accept("synthetic: creating " + customers + " customers with their facts through Cypher ...");
		long c0 = System.nanoTime();
		for (int from = 0; from < customers; from += BATCH) {
			Map<String, Object> params = Map.of("from", from, "to", Math.min(customers, from + BATCH), "now",
					this.clock.instant().atZone(ZoneOffset.UTC));
			this.graph.write(tx -> tx.run(this.create, params));
		}
		double createSeconds = seconds(System.nanoTime() - c0);
		log.accept("synthetic: first evaluation of a fact-backed rule segment, twice (cold, then measured) ...");
		long f0 = System.nanoTime();
		create("Synthetic savers (cold)");
		double coldSeconds = seconds(System.nanoTime() - f0);
		QueryTimings before = QueryTimings.snapshot(this.meters);
		long f1 = System.nanoTime();
		Segment segment = create("Synthetic savers");
		double firstSeconds = seconds(System.nanoTime() - f1);
		List<QueryTimings.Row> queries = QueryTimings.snapshot(this.meters).top(before, 6);
		long members = this.segments.counts(List.of(segment.id())).getOrDefault(segment.id(), 0L);
		String created = this.segments.history(segment.id(), 1).get(0).type();
		log.accept("synthetic: the floor, the same members written by one hand-written statement, then in concurrent transactions ...");
		java.time.ZonedDateTime now = this.clock.instant().atZone(ZoneOffset.UTC);
		long l0 = System.nanoTime();
		long floorMembers = this.graph.write(tx -> tx.run(this.floor, Map.of("id", "bench-floor-" + System.nanoTime(),
				"now", now, "since", now.minusDays(365)))).get(0).get("n").asLong();
		double floorSeconds = seconds(System.nanoTime() - l0);
		String concurrentId = "bench-floor-concurrent-" + System.nanoTime();
		this.graph.execute(this.floorSegment, Map.of("id", concurrentId, "now", now));
		long k0 = System.nanoTime();
		long concurrentMembers = this.graph.writeInBatches(this.floorConcurrent, Map.of("id", concurrentId, "now", now,
				"since", now.minusDays(365)), r -> r.get("n").asLong()).get(0);
		double concurrentSeconds = seconds(System.nanoTime() - k0);
		log.accept("synthetic: the same members as a label, then as a property, each by one statement ...");
		Map<String, Object> floorParams = Map.of("now", now, "since", now.minusDays(365));
		long b0 = System.nanoTime();
		this.graph.write(tx -> tx.run(this.floorLabel, floorParams));
		double labelSeconds = seconds(System.nanoTime() - b0);
		long p0 = System.nanoTime();
		this.graph.write(tx -> tx.run(this.floorProperty, floorParams));
		double propertySeconds = seconds(System.nanoTime() - p0);

		long quiet = this.graph.write(tx -> tx.run(this.churn,
				Map.of("now", this.clock.instant().atZone(ZoneOffset.UTC)))).get(0).get("n").asLong();
		log.accept("synthetic: re-check of that segment after " + quiet + " customers went quiet ...");
		QueryTimings beforeRecheck = QueryTimings.snapshot(this.meters);
		long r0 = System.nanoTime();
		MembershipEvaluator.Outcome recheck = this.evaluator.recheck(segment.id());
		double recheckSeconds = seconds(System.nanoTime() - r0);
		List<QueryTimings.Row> recheckQueries = QueryTimings.snapshot(this.meters).top(beforeRecheck, 6);

		double atTarget = firstSeconds * TARGET_CUSTOMERS / customers;
		boolean measuredAtTarget = customers >= TARGET_CUSTOMERS;
		String verdict = atTarget <= TARGET_SECONDS ? "PASS" : "MISS";
		figures.put("customers", customers);
		figures.put("source", "synthetic customers with facts created through Cypher (no import)");
		figures.put("rule", RULE.replaceAll("\\s+", " ").strip());
		figures.put("createCustomersSeconds", round(createSeconds));
		figures.put("firstEvaluationColdSeconds", round(coldSeconds));
		figures.put("firstEvaluationSeconds", round(firstSeconds));
		figures.put("members", members);
		figures.put("firstEvaluationQueries", queries.stream().map(QueryTimings.Row::asMap).toList());
		figures.put("historyAfterFirstEvaluation", created);
		figures.put("floorSeconds", round(floorSeconds));
		figures.put("floorMembers", floorMembers);
		figures.put("firstEvaluationOverFloor", round(firstSeconds / floorSeconds));
		figures.put("floorConcurrentSeconds", round(concurrentSeconds));
		figures.put("floorConcurrentMembers", concurrentMembers);
		figures.put("firstEvaluationOverConcurrentFloor", round(firstSeconds / concurrentSeconds));
		figures.put("floorAsLabelSeconds", round(labelSeconds));
		figures.put("floorAsPropertySeconds", round(propertySeconds));
		figures.put("recheckSeconds", round(recheckSeconds));
		figures.put("recheckQueries", recheckQueries.stream().map(QueryTimings.Row::asMap).toList());
		figures.put("recheckExited", recheck.exited());
		figures.put("recheckEntered", recheck.entered());
		figures.put("firstEvaluationAt1MSeconds", round(atTarget));
		figures.put("firstEvaluationAt1MMeasured", measuredAtTarget);
		figures.put("verdict", verdict);

		out.println();
		out.printf("%-58s %-44s %-14s %s%n", "figure (synthetic customers, facts through Cypher)", "measured", "target", "");
		out.printf("%-58s %-44s %-14s %s%n", "create synthetic customers", fmt(createSeconds) + " s for " + customers, "", "");
		out.printf("%-58s %-44s %-14s %s%n", "segment first evaluation, cold (plans the queries)", fmt(coldSeconds) + " s", "", "");
		out.printf("%-58s %-44s %-14s %s%n", "segment first evaluation (members + one CREATED event)",
				fmt(firstSeconds) + " s over " + customers + " customers (" + members + " members)", "", "");
		printQueries(out, queries);
		out.printf("%-58s %-44s %-14s %s%n", "floor: one hand-written statement, same members",
				fmt(floorSeconds) + " s (" + floorMembers + " members); ours / floor " + fmt(firstSeconds / floorSeconds), "", "");
		out.printf("%-58s %-44s %-14s %s%n", "  ... the same statement in concurrent transactions",
				fmt(concurrentSeconds) + " s; ours / this floor " + fmt(firstSeconds / concurrentSeconds), "", "");
		out.printf("%-58s %-44s %-14s %s%n", "  ... the same members as a label per member instead",
				fmt(labelSeconds) + " s; label / floor " + fmt(labelSeconds / floorSeconds), "", "");
		out.printf("%-58s %-44s %-14s %s%n", "  ... as one unindexed property per member instead",
				fmt(propertySeconds) + " s; property / floor " + fmt(propertySeconds / floorSeconds), "", "");
		out.printf("%-58s %-44s %-14s %s%n", measuredAtTarget ? "  ... at 1M customers (measured)" : "  ... at 1M customers (linear from " + customers + ")",
				fmt(atTarget) + " s", "<= 10 s at 1M", verdict);
		out.printf("%-58s %-44s %-14s %s%n", "segment re-check, " + quiet + " exits written one by one",
				fmt(recheckSeconds) + " s (" + recheck.exited() + " exited, " + recheck.entered() + " entered)", "", "");
		printQueries(out, recheckQueries);
		out.flush();
		return figures;
	}

	private static void printQueries(PrintWriter out, List<QueryTimings.Row> queries) {
		for (QueryTimings.Row row : queries) {
			out.printf("%-58s %-44s %-14s %s%n", "  ... query " + row.query(), fmt(row.totalMs() / 1000) + " s in "
					+ row.calls() + " calls", "", "");
		}
	}

	private Segment create(String name) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", name + " " + System.currentTimeMillis());
		input.put("rule", Json.parseObject(RULE));
		return this.segments.create(input);
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	private static String fmt(double v) {
		return String.format(java.util.Locale.ROOT, "%.2f", v);
	}

}
