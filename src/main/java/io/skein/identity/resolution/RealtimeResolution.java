package io.skein.identity.resolution;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.CoalescingWorker;
import io.skein.ingest.UpkeepProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Resolves the records every write changed, so fuzzy duplicates join their customer (and doubtful pairs
 * the review queue) at once, not at the next {@code resolve}. With {@code skein.upkeep.mode=sync} (or
 * {@code skein.resolution.realtime.mode=sync}) the
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

	private final Graph graph;

	private final ResolutionProperties properties;

	private final RealtimeProperties realtime;

	private final NamedQuery recordsByIds;

	private final Counter fallbacks;

	private final Counter failures;

	private final Timer latency;

	/** Changed records waiting, by id. */
	private final CoalescingWorker<String, String> queue;

	private final ComponentFinder components;

	RealtimeResolution(ResolutionService resolution, Graph graph, CypherQueries queries,
			ResolutionProperties properties, RealtimeProperties realtime, UpkeepProperties upkeep, MeterRegistry meters,
			ComponentFinder components) {
		this.components = components;
		this.resolution = resolution;
		this.graph = graph;
		this.properties = properties;
		this.realtime = realtime;
		this.recordsByIds = queries.get("identity/records-by-ids");
		this.fallbacks = meters.counter("skein.resolution.realtime.fallbacks");
		this.failures = meters.counter("skein.resolution.realtime.failures");
		this.latency = Timer.builder("skein.resolution.realtime.latency")
			.description("Real-time resolution of the records one write (or one queued slice) changed")
			.register(meters);
		this.queue = new CoalescingWorker<>("skein-resolution",
				realtime.modeWith(upkeep) == UpkeepProperties.Mode.ASYNC && realtime.enabled(), true, Integer.MAX_VALUE,
				(waiting, again) -> waiting, this::resolveNow);
		Gauge.builder("skein.resolution.realtime.backlog", this, RealtimeResolution::backlog)
			.description("Changed records waiting for real-time resolution")
			.register(meters);
	}

	/**
	 * Takes the records a committed write changed. Resolves them now (sync mode, no hold) and returns the
	 * customer each of them belongs to afterwards; otherwise queues them and returns an empty map.
	 */
	public Map<String, String> submit(Collection<String> recordIds) {
		if (recordIds.isEmpty() || !this.realtime.enabled()) {
			return Map.of();
		}
		Map<String, String> byId = new LinkedHashMap<>();
		recordIds.forEach(id -> byId.put(id, id));
		if (this.queue.offer(byId)) {
			return Map.of();
		}
		Map<String, String> owners = resolveAndRead(List.copyOf(recordIds), true);
		return owners == null ? Map.of() : owners;
	}

	/**
	 * Inside the write's transaction, before it replaces the stored records named: the records their stored
	 * values hold together (members of a blocking key back under its limit once they leave it, the other
	 * holders of an identifier they drop, ...). Submitted with the changed records, they are re-resolved too,
	 * so an update that removes what a record shared splits off or re-links its old neighbours.
	 */
	public List<String> neighboursBefore(Graph.Tx tx, Collection<String> storedRecordIds) {
		return this.realtime.enabled() ? this.components.seeds(tx, storedRecordIds) : List.of();
	}

	/**
	 * The end resolution of a bootstrap load that made the whole store ({@code recordIds}, all of them new), with
	 * the records read from its memory ({@code loaded}) instead of the store: the full resolution
	 * {@link #submit} then {@link #flush()} would run for them (with the stored model when they are more than a
	 * scope, training the first model when that is due). False, having done nothing, when theirs would be a
	 * real-time scope's resolution: the caller submits them.
	 */
	public boolean resolveLoaded(Collection<String> recordIds, java.util.function.Supplier<ResolutionInput> loaded) {
		if (recordIds.isEmpty() || !this.realtime.enabled()) {
			return true;
		}
		boolean tooLarge = recordIds.size() > this.realtime.maxScopeRecords();
		if (!tooLarge && !this.resolution.firstTrainingDue(this.properties.minTrainingRecords())) {
			return false;
		}
		if (tooLarge) {
			this.fallbacks.increment();
		}
		long start = System.nanoTime();
		try {
			log.info(tooLarge ? "Resolving the {} records of a bootstrap load with the stored model, from memory"
					: "Training the first model on the {} records of a bootstrap load and resolving them, from memory",
					recordIds.size());
			this.resolution.resolve(loaded, !tooLarge);
		}
		catch (RuntimeException ex) {
			failed(List.copyOf(recordIds), ex);
		}
		finally {
			this.latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
		return true;
	}

	/** Keeps changed records queued (in either mode) until the handle is closed; holds nest. For bulk imports. */
	public CoalescingWorker.Hold hold() {
		return this.queue.hold();
	}

	/** True while a bulk import holds real-time resolution. */
	public boolean isHeld() {
		return this.queue.isHeld();
	}

	/** Resolves everything queued, in the calling thread (holds notwithstanding): the end of a bulk import. */
	public void flush() {
		this.queue.flush();
	}

	/** Waits until nothing is queued or being resolved, or the timeout passes; true when idle. */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		return this.queue.awaitIdle(timeout);
	}

	/** Changed records waiting. */
	public int backlog() {
		return this.queue.backlog();
	}

	/** Queues again after {@link #close()}: a paused context restarted. */
	public void reopen() {
		this.queue.reopen();
	}

	/** Resolves what is queued and stops the worker: for shutdown. Later writes resolve in their own thread. */
	public void close() {
		this.queue.close();
	}

	/** Resolves the changed records by the rules above; true when customers may have changed. */
	private boolean resolveNow(List<String> recordIds) {
		return resolveAndRead(recordIds, false) != null;
	}

	/**
	 * Resolves the changed records by the rules above; null when no customer changed (or the resolution
	 * failed), else the customer each changed record belongs to afterwards (read in the resolution's own
	 * transaction, or after a full resolve when {@code owners} asks for them).
	 */
	private Map<String, String> resolveAndRead(List<String> recordIds, boolean owners) {
		long start = System.nanoTime();
		try {
			RealtimeOutcome outcome = recordIds.size() > this.realtime.maxScopeRecords() ? RealtimeOutcome.scopeTooLarge()
					: this.resolution.resolveInRealTime(recordIds, this.realtime.maxScopeRecords(),
							this.properties.minTrainingRecords());
			return settled(outcome, recordIds, owners);
		}
		catch (RuntimeException ex) {
			failed(recordIds, ex);
			return null;
		}
		finally {
			this.latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * Whether the records a write changes are resolved in the writer's thread, before its call returns (sync
	 * mode, not held by a bulk import, enabled): then the write may run as {@link #writeAndResolve}.
	 */
	public boolean resolvesInTheCall() {
		return this.realtime.enabled() && !this.queue.queues();
	}

	/** What {@link #writeAndResolve} committed: the write's result, and the customers the resolution changed. */
	public record Resolved<T>(T result, Map<String, String> owners, List<String> touched) {
	}

	/**
	 * A write and the real-time resolution of the records it changed ({@link ResolutionService.Written#changed})
	 * in one transaction, one commit ({@link ResolutionService#writeAndResolveInRealTime}): for a write whose
	 * records are resolved in the call ({@link #resolvesInTheCall}). Returns the write's result, the customer
	 * each changed record belongs to afterwards (empty when none changed) and the active customers the
	 * resolution changed, which the caller hands to derived state with its own changes. A failure of the write
	 * or of the resolution rolls both back and is thrown: nothing of the write was stored, and the caller writes
	 * and resolves apart. A first training or a full reconciliation that is due runs after the commit.
	 */
	public <T> Resolved<T> writeAndResolve(java.util.function.Function<Graph.Tx, ResolutionService.Written<T>> write) {
		java.util.Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
		ResolutionService.Combined<T> done = this.resolution.writeAndResolveInRealTime(write,
				this.realtime.maxScopeRecords(), this.properties.minTrainingRecords(), touched);
		List<String> changed = List.copyOf(done.written().changed());
		Map<String, String> owners;
		try {
			owners = settled(done.outcome(), changed, true);
		}
		catch (RuntimeException ex) {
			failed(changed, ex); // the write committed: its records are stored
			owners = null;
		}
		finally {
			// the resolution's part of the transaction and the commit, as a resolution of its own is timed
			this.latency.record(System.nanoTime() - done.resolutionStart(), TimeUnit.NANOSECONDS);
		}
		return new Resolved<>(done.written().result(), owners == null ? Map.of() : owners, List.copyOf(touched));
	}

	/**
	 * After a real-time decision: the full resolve it asked for (the first training, or a scope too large),
	 * then null when no customer changed, else the customer each changed record belongs to afterwards (read
	 * in the resolution's own transaction, or after a full resolve when {@code owners} asks for them).
	 */
	private Map<String, String> settled(RealtimeOutcome outcome, List<String> recordIds, boolean owners) {
		if (outcome.trainingDue()) {
			log.info("The store holds at least {} records and only the default model: training the first model "
					+ "with a full resolve", this.properties.minTrainingRecords());
			this.resolution.resolve(true);
			return owners ? customersOf(recordIds) : Map.of();
		}
		if (!outcome.isResolved()) {
			this.fallbacks.increment();
			log.info("Real-time resolution of {} changed records reaches more than {} records "
					+ "(skein.resolution.realtime.max-scope-records): reconciling the whole store with the stored model",
					recordIds.size(), this.realtime.maxScopeRecords());
			this.resolution.resolve(false);
			return owners ? customersOf(recordIds) : Map.of();
		}
		return outcome.changedCustomers() ? outcome.owners() : null;
	}

	private void failed(List<String> recordIds, RuntimeException ex) {
		this.failures.increment();
		log.error("Real-time resolution of {} changed records failed; they stay as stitched until their next "
				+ "resolution (or resolve)", recordIds.size(), ex);
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
