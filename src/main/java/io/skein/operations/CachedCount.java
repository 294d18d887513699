package io.skein.operations;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A count that is expensive to take, served from a cache: it is counted again on the first read after the
 * TTL or after {@link #invalidate()}, by one reader at a time; the others get the last value meanwhile.
 * Until a first count succeeds the value is NaN (Prometheus shows it as such), never a made-up zero.
 */
final class CachedCount {

	private static final Logger log = LoggerFactory.getLogger(CachedCount.class);

	private final String name;

	private final LongSupplier source;

	private final long ttlNanos;

	private final ReentrantLock counting = new ReentrantLock();

	/** Bumped by every invalidation; a count is fresh only for the generation it started in. */
	private final AtomicLong generation = new AtomicLong();

	private volatile double value = Double.NaN;

	private volatile long countedAt;

	private volatile long countedGeneration = -1;

	CachedCount(String name, LongSupplier source, Duration ttl) {
		this.name = name;
		this.source = source;
		this.ttlNanos = ttl.toNanos();
	}

	double value() {
		if (isStale() && this.counting.tryLock()) {
			try {
				if (isStale()) {
					long started = this.generation.get();
					this.value = this.source.getAsLong();
					this.countedAt = System.nanoTime();
					this.countedGeneration = started;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not count {}; serving the last value", this.name, ex);
			}
			finally {
				this.counting.unlock();
			}
		}
		return this.value;
	}

	/** Something the count depends on changed: the next read counts again. */
	void invalidate() {
		this.generation.incrementAndGet();
	}

	private boolean isStale() {
		return this.countedGeneration != this.generation.get() || System.nanoTime() - this.countedAt >= this.ttlNanos;
	}

}
