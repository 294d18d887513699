package io.skein.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Where store time goes: the {@code skein.cypher.latency} timer of every named query, snapshotted before
 * and after a piece of work, and the queries that took the most time in between.
 */
public final class QueryTimings {

	private final Map<String, double[]> countAndMillis;

	private QueryTimings(Map<String, double[]> countAndMillis) {
		this.countAndMillis = countAndMillis;
	}

	/** Count and total milliseconds of each named query run so far. */
	public static QueryTimings snapshot(MeterRegistry meters) {
		return snapshot(meters, "skein.cypher.latency", "query");
	}

	/** Count and total milliseconds so far of each timer called {@code name}, keyed by its {@code tag}. */
	public static QueryTimings snapshot(MeterRegistry meters, String name, String tag) {
		Map<String, double[]> out = new HashMap<>();
		for (Timer timer : meters.find(name).timers()) {
			out.merge(timer.getId().getTag(tag), new double[] { timer.count(), timer.totalTime(TimeUnit.MILLISECONDS) },
					(a, b) -> new double[] { a[0] + b[0], a[1] + b[1] });
		}
		return new QueryTimings(out);
	}

	/** One named query's share of the work: calls, total and mean milliseconds. */
	public record Row(String query, long calls, double totalMs, double meanMs) {

		public Map<String, Object> asMap() {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("query", this.query);
			row.put("calls", this.calls);
			row.put("totalMs", round(this.totalMs));
			row.put("meanMs", round(this.meanMs));
			return row;
		}

	}

	/** The {@code n} queries that took the most time since {@code before}, most first. */
	public List<Row> top(QueryTimings before, int n) {
		List<Row> rows = new ArrayList<>();
		this.countAndMillis.forEach((name, a) -> {
			double[] b = before.countAndMillis.getOrDefault(name, new double[2]);
			long calls = (long) (a[0] - b[0]);
			if (calls > 0) {
				rows.add(new Row(name, calls, a[1] - b[1], (a[1] - b[1]) / calls));
			}
		});
		rows.sort(Comparator.comparingDouble(Row::totalMs).reversed());
		return List.copyOf(rows.subList(0, Math.min(n, rows.size())));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
