package io.skein.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands {@link CustomersChanged} to the listeners that keep derived state (segments, purposes, drop-offs).
 * <p>
 * In {@code SYNC} mode that happens in the ingesting thread before the ingest call returns. In
 * {@code ASYNC} mode the changes queue up and one worker thread delivers them in slices, so an ingest
 * request pays only for its own writes, and a customer touched by many requests while the worker was busy
 * is re-evaluated once. During a bulk import {@link #hold()} keeps the worker back until the import ends,
 * so each customer is evaluated once, not once per batch. Listener failures are logged and counted, never
 * thrown back at the sender: derived state is recomputed by the schedules.
 */
public class DerivedStateUpkeep implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DerivedStateUpkeep.class);

	private final Consumer<CustomersChanged> listeners;

	private final UpkeepProperties settings;

	private final Counter failures;

	private final Timer deliveries;

	/** Changes waiting, by customer, in the order first touched; repeats collapse (a customer's event types accumulate). */
	private final Map<String, Set<CustomerChanged>> pending = new LinkedHashMap<>();

	private int holds;

	private boolean delivering;

	private boolean closed;

	private final Thread worker;

	public DerivedStateUpkeep(Consumer<CustomersChanged> listeners, UpkeepProperties settings, MeterRegistry meters) {
		this.listeners = listeners;
		this.settings = settings;
		this.failures = meters.counter("skein.upkeep.failures");
		this.deliveries = Timer.builder("skein.upkeep.delivery").description("Derived-state updates for one slice of customers")
			.register(meters);
		Gauge.builder("skein.upkeep.backlog", this, DerivedStateUpkeep::backlog)
			.description("Customers whose derived state (segments, purposes, drop-offs) waits to be updated")
			.register(meters);
		this.worker = settings.mode() == UpkeepProperties.Mode.ASYNC ? new Thread(this::work, "skein-upkeep") : null;
		if (this.worker != null) {
			this.worker.setDaemon(true);
			this.worker.start();
		}
	}

	public UpkeepProperties.Mode mode() {
		return this.settings.mode();
	}

	/** Takes the changes of one committed batch. */
	public void submit(CustomersChanged changed) {
		if (changed.changes().isEmpty()) {
			return;
		}
		boolean queued;
		synchronized (this) {
			queued = this.worker != null && !this.closed;
			if (queued) {
				changed.changes().forEach(c -> this.pending.computeIfAbsent(c.customerId(), k -> new LinkedHashSet<>()).add(c));
				notifyAll();
			}
		}
		if (!queued) {
			deliver(changed);
		}
	}

	/**
	 * Keeps the worker back (changes still queue) until the returned handle is closed; holds nest. For bulk
	 * imports, so each touched customer is evaluated once at the end.
	 */
	public Hold hold() {
		synchronized (this) {
			this.holds++;
		}
		return () -> {
			synchronized (this) {
				this.holds--;
				notifyAll();
			}
		};
	}

	/**
	 * True while a bulk import holds the worker. Scheduled sweeps skip their turn then: the import brings
	 * every customer it touched up to date at its end, and a sweep over a graph being loaded is wasted work.
	 */
	public synchronized boolean isHeld() {
		return this.holds > 0;
	}

	/** A hold on the worker, released by closing it once. */
	public interface Hold extends AutoCloseable {

		@Override
		void close();

	}

	/** Waits until nothing is queued or being delivered, or the timeout passes; true when idle. */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this) {
			while (!this.pending.isEmpty() || this.delivering) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	/** Customers waiting for their derived state. */
	public synchronized int backlog() {
		return this.pending.size();
	}

	/** Delivers what is queued (holds notwithstanding) and stops the worker: for shutdown. */
	@Override
	public void close() {
		List<CustomersChanged> rest = new ArrayList<>();
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			notifyAll();
			while (this.delivering) {
				try {
					wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			while (!this.pending.isEmpty()) {
				rest.add(takeSlice());
			}
		}
		rest.forEach(this::deliver);
	}

	private void work() {
		while (true) {
			CustomersChanged slice;
			synchronized (this) {
				while (!this.closed && (this.pending.isEmpty() || this.holds > 0)) {
					try {
						wait();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				if (this.closed) {
					return;
				}
				slice = takeSlice();
				this.delivering = true;
			}
			try {
				deliver(slice);
			}
			finally {
				synchronized (this) {
					this.delivering = false;
					notifyAll();
				}
			}
		}
	}

	/** The first customers queued, up to the slice size, removed from the queue. Call holding the lock. */
	private CustomersChanged takeSlice() {
		List<CustomerChanged> changes = new ArrayList<>();
		var it = this.pending.entrySet().iterator();
		for (int n = 0; n < this.settings.sliceSize() && it.hasNext(); n++) {
			changes.addAll(it.next().getValue());
			it.remove();
		}
		return new CustomersChanged(List.copyOf(changes));
	}

	private void deliver(CustomersChanged changed) {
		long start = System.nanoTime();
		try {
			this.listeners.accept(changed);
		}
		catch (RuntimeException ex) {
			this.failures.increment();
			log.error("Updating derived state for {} customers failed; the scheduled re-check will catch up",
					changed.customerIds().size(), ex);
		}
		finally {
			this.deliveries.record(Duration.ofNanos(System.nanoTime() - start));
		}
	}

}
