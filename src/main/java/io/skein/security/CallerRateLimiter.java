package io.skein.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts calls per caller and kind per clock minute. Memory is bounded: at most {@code maxCallers}
 * callers are counted apart in one minute, every later one shares a single overflow budget. The counts
 * start afresh each minute.
 */
final class CallerRateLimiter {

	private static final String OVERFLOW = "*overflow*";

	private final Clock clock;

	private volatile long minute = -1;

	private volatile ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	CallerRateLimiter(Clock clock) {
		this.clock = clock;
	}

	/** Counts one call; true if it is within {@code perMinute} ({@code perMinute <= 0}: no limit). */
	boolean tryAcquire(String kind, String caller, int perMinute, int maxCallers) {
		if (perMinute <= 0) {
			return true;
		}
		ConcurrentHashMap<String, AtomicInteger> current = current();
		String key = kind + "|" + caller;
		AtomicInteger count = current.get(key);
		if (count == null) {
			key = current.size() < maxCallers ? key : kind + "|" + OVERFLOW;
			count = current.computeIfAbsent(key, k -> new AtomicInteger());
		}
		return count.incrementAndGet() <= perMinute;
	}

	/** Seconds until the counts start afresh. */
	long secondsToNextWindow() {
		return 60 - (this.clock.millis() / 1000) % 60;
	}

	/** Forgets every count (tests, or an operator lifting a block). */
	void reset() {
		this.counts = new ConcurrentHashMap<>();
	}

	private ConcurrentHashMap<String, AtomicInteger> current() {
		long now = this.clock.millis() / 60_000;
		if (now != this.minute) {
			synchronized (this) {
				if (now != this.minute) {
					this.counts = new ConcurrentHashMap<>();
					this.minute = now;
				}
			}
		}
		return this.counts;
	}

}
