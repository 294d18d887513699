package io.skein.identity.golden;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declared source ranks served from memory: read again from the store on the first use after the TTL or
 * after {@link #invalidate()} (a declaration on this instance), by one reader while the others wait. Many
 * instances may share one database, so a rank declared elsewhere is seen here within the TTL. The cache is
 * one map, the declared sources (a handful an admin declares), never per customer or per request. A failed
 * read keeps serving the last ranks read, with a warning; with none read yet it fails.
 */
public final class CachedSourceRanks implements SourceRanks {

	private static final Logger log = LoggerFactory.getLogger(CachedSourceRanks.class);

	private final Supplier<Map<String, Integer>> store;

	private final long ttlNanos;

	private final LongSupplier nanoTime;

	/** Bumped by every invalidation; ranks are fresh only for the generation their read started in. */
	private final AtomicLong generation = new AtomicLong();

	private volatile Read last;

	private record Read(Map<String, Integer> ranks, long atNanos, long generation) {
	}

	public CachedSourceRanks(Supplier<Map<String, Integer>> store, Duration ttl) {
		this(store, ttl, System::nanoTime);
	}

	CachedSourceRanks(Supplier<Map<String, Integer>> store, Duration ttl, LongSupplier nanoTime) {
		this.store = store;
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
	}

	@Override
	public Map<String, Integer> declared() {
		Read read = this.last;
		if (isFresh(read)) {
			return read.ranks();
		}
		synchronized (this) {
			read = this.last;
			if (isFresh(read)) {
				return read.ranks();
			}
			long started = this.generation.get();
			try {
				read = new Read(Map.copyOf(this.store.get()), this.nanoTime.getAsLong(), started);
			}
			catch (RuntimeException ex) {
				if (read == null) {
					throw ex;
				}
				log.warn("Could not read the declared source ranks; serving the last ones read", ex);
				read = new Read(read.ranks(), this.nanoTime.getAsLong(), started);
			}
			this.last = read;
			return read.ranks();
		}
	}

	/** A source was declared or re-ranked on this instance: the next use reads the store. */
	public void invalidate() {
		this.generation.incrementAndGet();
	}

	private boolean isFresh(Read read) {
		return read != null && read.generation() == this.generation.get()
				&& this.nanoTime.getAsLong() - read.atNanos() < this.ttlNanos;
	}

}
