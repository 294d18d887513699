package io.skein.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a bounded number of calls on a fixed number of threads and times each one. A short unrecorded
 * warm-up comes first. Every call must succeed: the first failure stops the scenario and is reported.
 */
final class LoadRunner {

	private LoadRunner() {
	}

	static Latencies run(int requests, int concurrency, int warmup, IntConsumer call) {
		drive(warmup, concurrency, call, new long[Math.max(warmup, 0)], 0);
		long[] nanos = new long[requests];
		long start = System.nanoTime();
		drive(requests, concurrency, call, nanos, warmup);
		return Latencies.of(nanos, concurrency, System.nanoTime() - start);
	}

	/** Calls {@code call(offset + i)} for i in [0, n), timing each into {@code nanos[i]}. */
	private static void drive(int n, int concurrency, IntConsumer call, long[] nanos, int offset) {
		if (n <= 0) {
			return;
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
					while ((i = next.getAndIncrement()) < n) {
						long t0 = System.nanoTime();
						call.accept(offset + i);
						nanos[i] = System.nanoTime() - t0;
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
	}

}
