package io.skein.ingest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Hands {@link CustomersChanged} to what keeps derived state (households, segments, purposes, drop-offs: one
 * write transaction per slice, {@link DerivedStateSlices}) and to the other listeners.
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
	private final CoalescingWorker<String, Set<CustomerChanged>> queue;

	public DerivedStateUpkeep(Consumer<CustomersChanged> listeners, UpkeepProperties settings, MeterRegistry meters) {
		this.listeners = listeners;
		this.settings = settings;
		this.failures = meters.counter("skein.upkeep.failures");
		this.deliveries = Timer.builder("skein.upkeep.delivery").description("Derived-state updates for one slice of customers")
			.register(meters);
		this.queue = new CoalescingWorker<>("skein-upkeep", settings.mode() == UpkeepProperties.Mode.ASYNC, false,
				settings.sliceSize(), settings.linger(), (waiting, more) -> {
					waiting.addAll(more);
					return waiting;
				}, slice -> deliver(new CustomersChanged(slice.stream().flatMap(Set::stream).toList())));
		Gauge.builder("skein.upkeep.backlog", this, DerivedStateUpkeep::backlog)
			.description("Customers whose derived state (segments, purposes, drop-offs) waits to be updated")
			.register(meters);
	}

	public UpkeepProperties.Mode mode() {
		return this.settings.mode();
	}

	/** Takes the changes of one committed batch. */
	public void submit(CustomersChanged changed) {
		if (changed.changes().isEmpty()) {
			return;
		}
		Map<String, Set<CustomerChanged>> byCustomer = new LinkedHashMap<>();
		changed.changes().forEach(c -> byCustomer.computeIfAbsent(c.customerId(), k -> new LinkedHashSet<>()).add(c));
		if (!this.queue.offer(byCustomer)) {
			deliver(changed);
		}
	}

	/**
	 * Keeps the worker back (changes still queue) until the returned handle is closed; holds nest. For bulk
	 * imports, so each touched customer is evaluated once at the end.
	 */
	public Hold hold() {
		return this.queue.hold()::close;
	}

	/**
	 * True while a bulk import holds the worker. Scheduled sweeps skip their turn then: the import brings
	 * every customer it touched up to date at its end, and a sweep over a graph being loaded is wasted work.
	 */
	public boolean isHeld() {
		return this.queue.isHeld();
	}

	/** A hold on the worker, released by closing it once. */
	public interface Hold extends CoalescingWorker.Hold {

	}

	/** Waits until nothing is queued or being delivered, or the timeout passes; true when idle. */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		return this.queue.awaitIdle(timeout);
	}

	/** Customers waiting for their derived state. */
	public int backlog() {
		return this.queue.backlog();
	}

	/** Queues again after {@link #close()}: a paused context restarted. */
	public void reopen() {
		this.queue.reopen();
	}

	/** Delivers what is queued (holds notwithstanding) and stops the worker: for shutdown. */
	@Override
	public void close() {
		this.queue.close();
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
