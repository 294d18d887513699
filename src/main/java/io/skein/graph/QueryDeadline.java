package io.skein.graph;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The time left to the request running on this thread. Reads started under a deadline get it as their
 * Neo4j transaction timeout, so the database itself stops a query still running when the request's time
 * is up (graphql-java only stops fields that have not started). Writes are never cut short: a committed
 * write is reported, not hidden.
 */
public final class QueryDeadline {

	private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

	private QueryDeadline() {
	}

	/** Runs work with reads bounded by {@code deadlineNanos} (a {@link System#nanoTime()} instant). */
	public static <T> T within(long deadlineNanos, Callable<T> work) throws Exception {
		Long outer = DEADLINE.get();
		DEADLINE.set(outer == null ? deadlineNanos : Math.min(outer, deadlineNanos));
		try {
			return work.call();
		}
		finally {
			if (outer == null) {
				DEADLINE.remove();
			}
			else {
				DEADLINE.set(outer);
			}
		}
	}

	/** Time left for a read on this thread, or null when it runs under no deadline. */
	static Duration remaining() {
		Long deadline = DEADLINE.get();
		if (deadline == null) {
			return null;
		}
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new Passed();
		}
		return Duration.ofMillis(Math.max(1, left / 1_000_000));
	}

	/** The request's time ran out before or while a read ran. */
	public static final class Passed extends RuntimeException {

		Passed() {
			super("the request's time limit passed", null, false, false);
		}

	}

}
