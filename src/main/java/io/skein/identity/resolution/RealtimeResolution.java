package io.skein.identity.resolution;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.UpkeepProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Resolves the records every write changed, so fuzzy duplicates join their customer (and doubtful pairs
 * the review queue) at once, not at the next {@code resolve}. With {@code skein.upkeep.mode=sync} the
 * write's own thread resolves before the write returns; with {@code async} one worker resolves what
 * queued, coalescing the records of writes that arrived meanwhile (within a second of the write under
 * normal load). During a bulk import {@link #hold()} keeps the records queued until the import resolves
 * them all at once ({@link #flush()}).
 * <p>
 * Which resolution runs: the first time the store holds {@code skein.resolution.min-training-records}
 * records while only the default model exists, a full resolve trains the first model; a write whose scope
 * grows past {@code skein.resolution.realtime.max-scope-records} gets a full reconciliation with the stored
 * model (logged, counted in {@code skein.resolution.realtime.fallbacks}); otherwise the scope is
 * reconciled alone ({@link ResolutionService#resolveRecords}). A failure is logged and counted, never thrown
 * back at the writer: the records are stored, and the next resolution of their scope (or {@code resolve})
 * catches up.
 */
@Component
public class RealtimeResolution {

	private static final Logger log = LoggerFactory.getLogger(RealtimeResolution.class);

	private final ResolutionService resolution;

	private final ModelStore models;

	private final Graph graph;

	private final ResolutionProperties properties;

	private final RealtimeProperties realtime;

	private final boolean sync;

	private final NamedQuery recordCount;

	private final NamedQuery recordsByIds;

	private final Counter fallbacks;

	private final Counter failures;

	private final Timer latency;

	private final Set<String> pending = new LinkedHashSet<>();

	private int holds;

	private boolean resolving;

	private boolean closed;

	RealtimeResolution(ResolutionService resolution, ModelStore models, Graph graph, CypherQueries queries,
			ResolutionProperties properties, RealtimeProperties realtime, UpkeepProperties upkeep, MeterRegistry meters) {
		this.resolution = resolution;
		this.models = models;
		this.graph = graph;
		this.properties = properties;
		this.realtime = realtime;
		this.sync = upkeep.mode() == UpkeepProperties.Mode.SYNC;
		this.recordCount = queries.get("identity/record-count");
		this.recordsByIds = queries.get("identity/records-by-ids");
		this.fallbacks = meters.counter("skein.resolution.realtime.fallbacks");
		this.failures = meters.counter("skein.resolution.realtime.failures");
		this.latency = Timer.builder("skein.resolution.realtime.latency")
			.description("Real-time resolution of the records one write (or one queued slice) changed")
			.register(meters);
		Gauge.builder("skein.resolution.realtime.backlog", this, RealtimeResolution::backlog)
			.description("Changed records waiting for real-time resolution")
			.register(meters);
		if (!this.sync && this.realtime.enabled()) {
			Thread worker = new Thread(this::work, "skein-resolution");
			worker.setDaemon(true);
			worker.start();
		}
	}

	/**
	 * Takes the records a committed write changed. Resolves them now (sync mode, no hold) and returns the
	 * customer each of them belongs to afterwards; otherwise queues them and returns an empty map.
	 */
	public Map<String, String> submit(Collection<String> recordIds) {
		if (recordIds.isEmpty() || !this.realtime.enabled()) {
			return Map.of();
		}
		synchronized (this) {
			if ((!this.sync || this.holds > 0) && !this.closed) {
				this.pending.addAll(recordIds);
				notifyAll();
				return Map.of();
			}
		}
		return resolveNow(List.copyOf(recordIds)) ? customersOf(recordIds) : Map.of();
	}

	/** Keeps changed records queued (in either mode) until the handle is closed; holds nest. For bulk imports. */
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

	/** True while a bulk import holds real-time resolution. */
	public synchronized boolean isHeld() {
		return this.holds > 0;
	}

	/** A hold on real-time resolution, released by closing it once. */
	public interface Hold extends AutoCloseable {

		@Override
		void close();

	}

	/** Resolves everything queued, in the calling thread (holds notwithstanding): the end of a bulk import. */
	public void flush() {
		List<String> batch;
		synchronized (this) {
			batch = List.copyOf(this.pending);
			this.pending.clear();
			this.resolving |= !batch.isEmpty();
		}
		try {
			if (!batch.isEmpty()) {
				resolveNow(batch);
			}
		}
		finally {
			synchronized (this) {
				this.resolving = false;
				notifyAll();
			}
		}
	}

	/** Waits until nothing is queued or being resolved, or the timeout passes; true when idle. */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this) {
			while (!this.pending.isEmpty() || this.resolving) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	/** Changed records waiting. */
	public synchronized int backlog() {
		return this.pending.size();
	}

	/** Resolves what is queued and stops the worker: for shutdown. Later writes resolve in their own thread. */
	public void close() {
		synchronized (this) {
			this.closed = true;
			notifyAll();
		}
		flush();
	}

	private void work() {
		while (true) {
			List<String> batch;
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
				batch = List.copyOf(this.pending);
				this.pending.clear();
				this.resolving = true;
			}
			try {
				resolveNow(batch);
			}
			finally {
				synchronized (this) {
					this.resolving = false;
					notifyAll();
				}
			}
		}
	}

	/** Resolves the changed records by the rules above; true when customers may have changed. */
	private boolean resolveNow(List<String> recordIds) {
		long start = System.nanoTime();
		try {
			if (firstTrainingDue()) {
				log.info("The store holds at least {} records and only the default model: training the first model "
						+ "with a full resolve", this.properties.minTrainingRecords());
				this.resolution.resolve(true);
				return true;
			}
			Optional<ResolutionReport> report = recordIds.size() > this.realtime.maxScopeRecords() ? Optional.empty()
					: this.resolution.resolveRecords(recordIds, this.realtime.maxScopeRecords());
			if (report.isEmpty()) {
				this.fallbacks.increment();
				log.info("Real-time resolution of {} changed records reaches more than {} records "
						+ "(skein.resolution.realtime.max-scope-records): reconciling the whole store with the stored model",
						recordIds.size(), this.realtime.maxScopeRecords());
				this.resolution.resolve(false);
				return true;
			}
			ResolutionReport done = report.get();
			return done.customersMerged() + done.customersSplit() + done.recordsMoved() > 0;
		}
		catch (RuntimeException ex) {
			this.failures.increment();
			log.error("Real-time resolution of {} changed records failed; they stay as stitched until their next "
					+ "resolution (or resolve)", recordIds.size(), ex);
			return false;
		}
		finally {
			this.latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	/** Only the default model exists (never trained on enough records) and the store now holds enough. */
	private boolean firstTrainingDue() {
		ModelStore.StoredModel current = this.models.current();
		if (!current.defaulted() || current.records() >= this.properties.minTrainingRecords()) {
			return false;
		}
		long records = this.graph.query(this.recordCount, Map.of(), r -> r.get("records").asLong()).get(0);
		return records >= this.properties.minTrainingRecords();
	}

	private Map<String, String> customersOf(Collection<String> recordIds) {
		Map<String, String> owners = new java.util.HashMap<>();
		this.graph.query(this.recordsByIds, Map.of("ids", List.copyOf(recordIds)), r -> r).forEach(r -> {
			if (!r.get("customerId").isNull()) {
				owners.put(r.get("id").asString(), r.get("customerId").asString());
			}
		});
		return owners;
	}

}
