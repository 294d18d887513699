package io.skein.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latencies of one scenario, exact: the bench's loops are bounded (thousands of samples), so sorting them
 * costs nothing. HdrHistogram is on the runtime classpath only (through Micrometer), not to compile against.
 */
record Latencies(int count, int concurrency, double p50Ms, double p95Ms, double p99Ms, double maxMs,
		double perSecond, int warmupCalls, double warmupSeconds, boolean steady) {

	static Latencies of(long[] nanos, int concurrency, long wallNanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Latencies(sorted.length, concurrency, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
				ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
				wallNanos > 0 ? sorted.length / (wallNanos / 1e9) : 0, 0, 0, false);
	}

	/** These latencies, timed after {@code calls} warm-up calls that ended with the JIT compiler quiet or not. */
	Latencies afterWarmup(int calls, double seconds, boolean steadyState) {
		return new Latencies(this.count, this.concurrency, this.p50Ms, this.p95Ms, this.p99Ms, this.maxMs,
				this.perSecond, calls, seconds, steadyState);
	}

	/** Nearest-rank percentile. */
	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	Map<String, Object> json() {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("requests", this.count);
		out.put("concurrency", this.concurrency);
		out.put("p50Ms", round(this.p50Ms));
		out.put("p95Ms", round(this.p95Ms));
		out.put("p99Ms", round(this.p99Ms));
		out.put("maxMs", round(this.maxMs));
		out.put("perSecond", round(this.perSecond));
		out.put("warmupCalls", this.warmupCalls);
		out.put("warmupSeconds", round(this.warmupSeconds));
		// false: the warm-up hit its bound with the JIT compiler still busy, so these include compilation
		out.put("steadyState", this.steady);
		return out;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
