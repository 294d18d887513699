package io.skein.purpose;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Whether derived state (purposes, drop-offs) follows each {@code CustomersChanged} as it happens. A bulk
 * load may pause it and recompute everything once at the end instead of once per item.
 */
@Component
public class RealtimeUpdates {

	private final AtomicInteger pauses = new AtomicInteger();

	public boolean enabled() {
		return this.pauses.get() == 0;
	}

	/** Pauses real-time updates until the returned handle is closed. */
	public Pause pause() {
		this.pauses.incrementAndGet();
		return this.pauses::decrementAndGet;
	}

	/** An open pause; closing it resumes real-time updates. */
	public interface Pause extends AutoCloseable {

		@Override
		void close();

	}

}
