package io.skein.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.Graph;
import io.skein.graph.QueryTimings;

/**
 * The store work a scenario's calls caused, per call: queries, read and write transactions, the write
 * transactions that committed a change (each a transaction-log append forced to disk), and the named
 * queries that took the most time. Counted process-wide, so the background upkeep of those calls is included.
 */
final class StoreWork {

	private final Graph graph;

	private final MeterRegistry meters;

	private final long queries;

	private final long writes;

	private final long commits;

	private final double reads;

	private final QueryTimings timings;

	private final Map<String, Double> commitsByFirst;

	private StoreWork(Graph graph, MeterRegistry meters) {
		this.graph = graph;
		this.meters = meters;
		this.queries = graph.queriesRun();
		this.writes = graph.writeTransactions();
		this.commits = graph.commits();
		this.reads = readTransactions(meters);
		this.timings = QueryTimings.snapshot(meters);
		this.commitsByFirst = commitsByFirst(meters);
	}

	static StoreWork start(Graph graph, MeterRegistry meters) {
		return new StoreWork(graph, meters);
	}

	/** What was done since {@link #start}, divided over {@code calls}. */
	PerCall perCall(int calls) {
		double n = Math.max(1, calls);
		List<Map<String, Object>> top = QueryTimings.snapshot(this.meters).top(this.timings, 12).stream().map(row -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("query", row.query());
			m.put("callsPerCall", Latencies.round(row.calls() / n));
			m.put("msPerCall", Latencies.round(row.totalMs() / n));
			return m;
		}).toList();
		Map<String, Object> committing = new LinkedHashMap<>();
		commitsByFirst(this.meters).entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), (e.getValue() - this.commitsByFirst.getOrDefault(e.getKey(), 0.0)) / n))
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(e -> committing.put(e.getKey(), Latencies.round(e.getValue())));
		return new PerCall((this.graph.queriesRun() - this.queries) / n, (this.graph.writeTransactions() - this.writes) / n,
				(this.graph.commits() - this.commits) / n, committing, (readTransactions(this.meters) - this.reads) / n, top);
	}

	/** Commits with changes so far, by the first query of their transaction. */
	private static Map<String, Double> commitsByFirst(MeterRegistry meters) {
		Map<String, Double> counts = new java.util.HashMap<>();
		meters.find("skein.cypher.commits").counters().forEach(c -> counts.merge(c.getId().getTag("first"), c.count(), Double::sum));
		return counts;
	}

	private static double readTransactions(MeterRegistry meters) {
		var counter = meters.find("skein.cypher.transactions").tag("access", "read").counter();
		return counter == null ? 0 : counter.count();
	}

	/** Means per call; {@code topQueries} by time, most first. */
	record PerCall(double queries, double writeTransactions, double commits, Map<String, Object> commitsByFirstQuery,
			double readTransactions, List<Map<String, Object>> topQueries) {

		Map<String, Object> json() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("queries", Latencies.round(this.queries));
			m.put("writeTransactions", Latencies.round(this.writeTransactions));
			m.put("commitsWithChanges", Latencies.round(this.commits));
			m.put("commitsByFirstQuery", this.commitsByFirstQuery);
			m.put("readTransactions", Latencies.round(this.readTransactions));
			m.put("topQueries", this.topQueries);
			return m;
		}

		String summary() {
			return String.format(java.util.Locale.ROOT,
					"%.1f queries, %.1f write (%.1f committing a change) + %.1f read transactions", this.queries,
					this.writeTransactions, this.commits, this.readTransactions);
		}

	}

}
