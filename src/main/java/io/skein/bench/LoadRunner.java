package io.skein.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a bounded number of calls on a fixed number of threads and times each one, at steady state: an
 * unrecorded warm-up comes first and lasts until the JIT compiler has gone quiet, since a scenario timed
 * while the compiler still works measures compilation (on two cores a busy C2 thread takes half the
 * machine; a customer-360 costs 8 ms of CPU cold and 1 ms warm). Every call must succeed: the first failure
 * stops the scenario and is reported.
 */
final class LoadRunner {

	/** One warm-up slice: at least this long, and at least the scenario's minimum warm-up of calls. */
	private static final long SLICE_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** Quiet: the compiler worked less than this share of a slice's wall time, two slices running. */
	private static final double QUIET_COMPILE_SHARE = 0.05;

	private static final int QUIET_SLICES = 2;

	private LoadRunner() {
	}

	/** A read scenario: warm-up calls are bounded by time only. */
	static Latencies run(int requests, int concurrency, int minWarmup, int maxWarmupSeconds, IntConsumer call) {
		return run(requests, concurrency, minWarmup, Integer.MAX_VALUE, maxWarmupSeconds, call);
	}

	/**
	 * Warms up with calls 0, 1, … (at least {@code minWarmup}, at most {@code maxWarmup} of them: a write
	 * scenario's warm-up adds to the store it measures; for at most {@code maxWarmupSeconds} once the minimum
	 * is made), then times {@code requests} calls numbered on from where the warm-up stopped;
	 * {@link Latencies#warmupCalls()} says how many it made.
	 */
	static Latencies run(int requests, int concurrency, int minWarmup, int maxWarmup, int maxWarmupSeconds,
			IntConsumer call) {
		Warmup warmup = warmUp(concurrency, minWarmup, Math.max(minWarmup, maxWarmup),
				TimeUnit.SECONDS.toNanos(Math.max(0, maxWarmupSeconds)), call);
		long[] nanos = new long[requests];
		long start = System.nanoTime();
		drive(requests, Long.MAX_VALUE, concurrency, call, nanos, warmup.calls());
		return Latencies.of(nanos, concurrency, System.nanoTime() - start)
			.afterWarmup(warmup.calls(), warmup.nanos() / 1e9, warmup.steady());
	}

	private record Warmup(int calls, long nanos, boolean steady) {
	}

	private static Warmup warmUp(int concurrency, int minWarmup, int maxCalls, long maxNanos, IntConsumer call) {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		boolean observable = jit != null && jit.isCompilationTimeMonitoringSupported();
		long start = System.nanoTime();
		int calls = 0;
		int quiet = 0;
		while (calls < maxCalls) {
			long compiledBefore = observable ? jit.getTotalCompilationTime() : 0;
			long sliceStart = System.nanoTime();
			long deadline = Math.min(sliceStart + SLICE_NANOS, start + maxNanos);
			int made = drive(maxCalls - calls, deadline, Math.max(minWarmup - calls, 0), concurrency, call, calls);
			calls += made;
			long sliceMs = Math.max(1, (System.nanoTime() - sliceStart) / 1_000_000);
			if (!observable) {
				return new Warmup(calls, System.nanoTime() - start, false);
			}
			long compiledMs = jit.getTotalCompilationTime() - compiledBefore;
			quiet = compiledMs < QUIET_COMPILE_SHARE * sliceMs ? quiet + 1 : 0;
			if (quiet >= QUIET_SLICES && calls >= minWarmup) {
				return new Warmup(calls, System.nanoTime() - start, true);
			}
			if (System.nanoTime() - start >= maxNanos) {
				break;
			}
		}
		return new Warmup(calls, System.nanoTime() - start, false);
	}

	/** Timed calls {@code offset + i} for i in [0, n); all n are made. */
	private static void drive(int n, long deadline, int concurrency, IntConsumer call, long[] nanos, int offset) {
		drive(n, deadline, n, concurrency, call, offset, nanos);
	}

	/** Untimed calls from {@code offset} until n are made or, once {@code atLeast} are, the deadline passes; how many. */
	private static int drive(int n, long deadline, int atLeast, int concurrency, IntConsumer call, int offset) {
		return drive(n, deadline, atLeast, concurrency, call, offset, null);
	}

	private static int drive(int n, long deadline, int atLeast, int concurrency, IntConsumer call, int offset,
			long[] nanos) {
		if (n <= 0) {
			return 0;
		}
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
			Thread t = new Thread(r, "bench-client");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < concurrency; w++) {
				workers.add(pool.submit(() -> {
					int i;
					while ((i = claim(next, n, atLeast, deadline)) >= 0) {
						long t0 = System.nanoTime();
						call.accept(offset + i);
						if (nanos != null) {
							nanos[i] = System.nanoTime() - t0;
						}
					}
				}));
			}
			for (Future<?> worker : workers) {
				try {
					worker.get(30, TimeUnit.MINUTES);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					next.set(n);
					throw new IllegalStateException("a benchmark call failed: " + ex.getCause().getMessage(), ex.getCause());
				}
				catch (java.util.concurrent.TimeoutException ex) {
					next.set(n);
					throw new IllegalStateException("a benchmark scenario ran over 30 minutes", ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return Math.min(next.get(), n);
	}

	/** The next call's number, or -1 once n are claimed or the deadline has passed after {@code atLeast}: claims never leave a gap. */
	private static int claim(AtomicInteger next, int n, int atLeast, long deadline) {
		while (true) {
			int i = next.get();
			if (i >= n || (i >= atLeast && System.nanoTime() >= deadline)) {
				return -1;
			}
			if (next.compareAndSet(i, i + 1)) {
				return i;
			}
		}
	}

}
