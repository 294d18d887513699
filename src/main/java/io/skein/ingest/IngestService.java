package io.skein.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.Graph;
import io.skein.identity.resolution.RealtimeResolution;
import io.skein.identity.resolution.ResolutionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The one way records and events enter the graph, for GraphQL, the CLI and the demo loader alike.
 * <p>
 * Each item is checked on its own first, so a structurally bad item is rejected with its errors and
 * never reaches the store. Good items are written in chunks, one transaction per chunk, in input order
 * (later items see earlier ones, so two records of one person in one batch stitch). Should a chunk fail
 * in the store, it is rolled back and its items are written again one transaction each, so one failing
 * item never fails or half-writes the others. Chunks are written concurrently, by this process and by other
 * Skein instances on the same database: each transaction write-locks in the store the records and identifiers
 * it writes before reading who holds them ({@link io.skein.identity.WriteLocks}), so two records arriving
 * together for one person cannot create two customers; no in-process lock is involved. The records a call created or
 * changed are then resolved in real time ({@link RealtimeResolution}), before derived state is updated.
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final Graph graph;

	private final RecordIngestor records;

	private final EventIngestor events;

	private final IngestProperties limits;

	private final MeterRegistry meters;

	private final DerivedStateUpkeep upkeep;

	/** Chunks being written now, counted so that {@link #drain} can wait for them; never a lock on the writes. */
	private final Object inFlightMonitor = new Object();

	private int inFlight;

	private final List<IngestGuard> guards;

	private final RealtimeResolution resolution;

	private volatile boolean closing;

	IngestService(Graph graph, RecordIngestor records, EventIngestor events, IngestProperties limits,
			MeterRegistry meters, DerivedStateUpkeep upkeep, List<IngestGuard> guards, RealtimeResolution resolution) {
		this.resolution = resolution;
		this.graph = graph;
		this.records = records;
		this.events = events;
		this.limits = limits;
		this.meters = meters;
		this.upkeep = upkeep;
		this.guards = List.copyOf(guards);
	}

	/**
	 * Shutdown: refuses further chunks, then waits (up to {@code timeout}) for the chunks being written to
	 * commit, so a stopping process never leaves a chunk to be cut off by the store closing under it.
	 */
	public boolean drain(java.time.Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.inFlightMonitor) {
			this.closing = true;
			while (this.inFlight > 0) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0) {
					return false;
				}
				this.inFlightMonitor.wait(left);
			}
			return true;
		}
	}

	/** Accepts writes again after {@link #drain} (a stopped context being restarted). */
	public void resume() {
		synchronized (this.inFlightMonitor) {
			this.closing = false;
		}
	}

	/** One item of a batch: a record or an event as a JSON object, and the path that names it in errors. */
	public record Item(int index, Kind kind, Map<String, Object> json, String path) {

		public enum Kind {

			RECORD, EVENT

		}

	}

	public IngestProperties limits() {
		return this.limits;
	}

	/**
	 * What a caller writes in the call's write transaction when the call commits in one (a batch of one chunk),
	 * given the call's whole answer before it commits, e.g. the call's audit entry; told when that transaction
	 * committed. A call that commits more than once (or not at all) never calls it.
	 */
	public interface InTheCallsTransaction {

		InTheCallsTransaction NONE = new InTheCallsTransaction() {

			@Override
			public void write(Graph.Tx tx, List<IngestResult> answer) {
			}

			@Override
			public void committed() {
			}

		};

		void write(Graph.Tx tx, List<IngestResult> answer);

		void committed();

	}

	/** Ingests records given as JSON objects (GraphQL input or NDJSON); {@code field} names the list. */
	public List<IngestResult> ingestRecords(List<Map<String, Object>> items, String field) {
		return ingestRecords(items, field, InTheCallsTransaction.NONE);
	}

	public List<IngestResult> ingestRecords(List<Map<String, Object>> items, String field, InTheCallsTransaction joined) {
		return ingest(items(items, Item.Kind.RECORD, field), joined);
	}

	public List<IngestResult> track(List<Map<String, Object>> items, String field) {
		return track(items, field, InTheCallsTransaction.NONE);
	}

	public List<IngestResult> track(List<Map<String, Object>> items, String field, InTheCallsTransaction joined) {
		return ingest(items(items, Item.Kind.EVENT, field), joined);
	}

	public IngestResult ingestRecord(int index, Map<String, Object> json, String path) {
		return ingest(List.of(new Item(index, Item.Kind.RECORD, json, path))).get(0);
	}

	public IngestResult trackEvent(int index, Map<String, Object> json, String path) {
		return ingest(List.of(new Item(index, Item.Kind.EVENT, json, path))).get(0);
	}

	/** Ingests a mixed batch in order; results come back in input order. */
	public List<IngestResult> ingest(List<Item> items) {
		return ingest(items, InTheCallsTransaction.NONE);
	}

	private List<IngestResult> ingest(List<Item> items, InTheCallsTransaction joined) {
		IngestResult[] results = new IngestResult[items.size()];
		List<Pending> pending = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Pending p = prepare(items.get(i));
			if (p.rejected() != null) {
				results[i] = p.rejected();
			}
			else {
				pending.add(p.at(i));
			}
		}
		int chunk = this.limits.chunkSize();
		List<String> restitched = writeAndResolveTogether(pending, results, joined);
		if (restitched == null) {
			restitched = List.of();
			Set<String> neighbours = java.util.concurrent.ConcurrentHashMap.newKeySet();
			for (int from = 0; from < pending.size(); from += chunk) {
				List<Pending> slice = pending.subList(from, Math.min(pending.size(), from + chunk));
				writeChunk(slice, results, neighbours, pending.size() <= chunk ? joined : InTheCallsTransaction.NONE);
			}
			resolveChanged(pending, results, neighbours);
		}
		List<CustomerChanged> changes = new ArrayList<>();
		for (int i = 0; i < results.length; i++) {
			CustomerChanged change = finish(items.get(i), results[i]);
			if (change != null) {
				changes.add(change);
			}
		}
		restitched.forEach(id -> changes.add(new CustomerChanged(id, RestitchedCustomers.KIND, null)));
		if (!changes.isEmpty()) {
			announce(new CustomersChanged(List.copyOf(changes)));
		}
		return Arrays.asList(results);
	}

	/**
	 * A batch that fits one chunk, with records, whose records are resolved in the call: written and resolved
	 * in one transaction ({@link RealtimeResolution#writeAndResolve}; one commit). Returns the customers the
	 * resolution changed, for derived state (handed over with the batch's own changes, so each is updated
	 * once), or null when the batch is written and resolved apart: it does not qualify, or the one
	 * transaction failed and was rolled back (the usual path then writes item by item where needed).
	 */
	private List<String> writeAndResolveTogether(List<Pending> pending, IngestResult[] results,
			InTheCallsTransaction joined) {
		if (pending.isEmpty() || pending.size() > this.limits.chunkSize() || pending.stream().allMatch(p -> p.record() == null)
				|| !this.resolution.resolvesInTheCall()) {
			return null;
		}
		RealtimeResolution.Resolved<List<IngestResult>> done;
		try {
			done = counted(() -> this.resolution.writeAndResolve(tx -> {
				Set<String> neighbours = new java.util.LinkedHashSet<>();
				List<IngestResult> written = writeRuns(tx, pending, neighbours);
				IngestResult[] byPosition = new IngestResult[results.length];
				for (int j = 0; j < pending.size(); j++) {
					byPosition[pending.get(j).position()] = written.get(j);
				}
				long created = pending.stream()
					.filter(p -> p.record() != null && byPosition[p.position()].status() == IngestStatus.CREATED)
					.count();
				joined.write(tx, answer(results, byPosition));
				return new ResolutionService.Written<>(written, toResolve(pending, p -> byPosition[p.position()], neighbours),
						created);
			}));
		}
		catch (RuntimeException failure) {
			log.warn("Writing {} items and resolving them in one transaction failed ({}); writing and resolving apart",
					pending.size(), failure.getMessage());
			return null;
		}
		joined.committed();
		for (int j = 0; j < pending.size(); j++) {
			results[pending.get(j).position()] = done.result().get(j);
		}
		withOwners(pending, results, done.owners());
		return done.touched();
	}

	/**
	 * Real-time resolution of the records the batch created or changed: before this returns in sync mode
	 * (the results then name the customers the records belong to after it), queued in async mode.
	 */
	private void resolveChanged(List<Pending> pending, IngestResult[] results, Set<String> neighbours) {
		withOwners(pending, results, this.resolution.submit(toResolve(pending, p -> results[p.position()], neighbours)));
	}

	/** The call's answer: what the write returned, else what was rejected before it. */
	private static List<IngestResult> answer(IngestResult[] rejected, IngestResult[] written) {
		List<IngestResult> answer = new ArrayList<>(written.length);
		for (int i = 0; i < written.length; i++) {
			answer.add(written[i] != null ? written[i] : rejected[i]);
		}
		return answer;
	}

	/**
	 * The records of the batch its write created or changed, what their old values held together, and unchanged
	 * records a killed import left unresolved ({@code neighbours} holds the last two).
	 */
	private static Set<String> toResolve(List<Pending> pending, java.util.function.Function<Pending, IngestResult> result,
			Set<String> neighbours) {
		Set<String> changed = new java.util.LinkedHashSet<>();
		for (Pending p : pending) {
			IngestStatus status = result.apply(p).status();
			if (p.record() != null && (status == IngestStatus.CREATED || status == IngestStatus.UPDATED)) {
				changed.add(p.record().recordId());
			}
		}
		// what the changed records' old values held together is resolved with them, and so are unchanged records a
		// killed import stored but never resolved
		changed.addAll(neighbours);
		return changed;
	}

	/** The results name the customer each record belongs to after its real-time resolution. */
	private static void withOwners(List<Pending> pending, IngestResult[] results, Map<String, String> owners) {
		if (owners.isEmpty()) {
			return;
		}
		for (Pending p : pending) {
			IngestResult r = results[p.position()];
			String owner = p.record() == null ? null : owners.get(p.record().recordId());
			if (owner != null && !owner.equals(r.customerId())) {
				results[p.position()] = new IngestResult(r.index(), r.status(), owner, r.warnings(), r.errors());
			}
		}
	}

	/** {@code joined} when the chunk is the whole call: it joins the chunk's transaction. */
	private void writeChunk(List<Pending> slice, IngestResult[] results, Set<String> neighbours,
			InTheCallsTransaction joined) {
		try {
			List<IngestResult> written = counted(() -> this.graph.write(tx -> {
				List<IngestResult> chunk = writeRuns(tx, slice, neighbours);
				if (joined != InTheCallsTransaction.NONE) {
					// the call's whole answer, for what joins its one transaction (a bulk import's chunks skip this)
					IngestResult[] byPosition = new IngestResult[results.length];
					for (int j = 0; j < slice.size(); j++) {
						byPosition[slice.get(j).position()] = chunk.get(j);
					}
					joined.write(tx, answer(results, byPosition));
				}
				return chunk;
			}));
			for (int j = 0; j < slice.size(); j++) {
				results[slice.get(j).position()] = written.get(j);
			}
			joined.committed();
		}
		catch (RuntimeException chunkFailure) {
			log.warn("A chunk of {} items failed in the store ({}); writing them one by one", slice.size(),
					chunkFailure.getMessage());
			for (Pending p : slice) {
				try {
					results[p.position()] = counted(() -> this.graph.write(tx -> writeRuns(tx, List.of(p), neighbours))).get(0);
				}
				catch (RuntimeException itemFailure) {
					log.error("Item {} could not be stored", p.path(), itemFailure);
					results[p.position()] = IngestResult.rejected(p.index(), List.of(new ItemError(p.path(),
							"could not be stored; nothing of it was written", "INTERNAL_ERROR")));
				}
			}
		}
	}

	/** Writes a chunk as runs of records and runs of events, each run set-based, all in input order. */
	private List<IngestResult> writeRuns(Graph.Tx tx, List<Pending> slice, Set<String> neighbours) {
		List<IngestResult> out = new ArrayList<>(slice.size());
		int from = 0;
		while (from < slice.size()) {
			Item.Kind kind = slice.get(from).item().kind();
			int to = from;
			while (to < slice.size() && slice.get(to).item().kind() == kind) {
				to++;
			}
			out.addAll(writeRun(tx, kind, slice.subList(from, to), neighbours));
			from = to;
		}
		return out;
	}

	/** One run of one kind: guards first, then the set-based write of what they let through, timed. */
	private List<IngestResult> writeRun(Graph.Tx tx, Item.Kind kind, List<Pending> run, Set<String> neighbours) {
		IngestResult[] results = new IngestResult[run.size()];
		List<String> refusals = refusals(tx, run);
		List<Pending> allowed = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < run.size(); i++) {
			if (refusals.get(i) != null) {
				results[i] = refused(run.get(i), refusals.get(i));
			}
			else {
				allowed.add(run.get(i));
				positions.add(i);
			}
		}
		long start = System.nanoTime();
		List<IngestResult> written = allowed.isEmpty() ? List.of() : kind == Item.Kind.RECORD
				? this.records.writeAll(tx, allowed.stream().map(Pending::record).toList(), neighbours::addAll)
				: this.events.writeAll(tx, allowed.stream().map(Pending::event).toList());
		if (!allowed.isEmpty()) {
			this.meters.timer("skein.resolution.latency", "kind", kind.name().toLowerCase())
				.record((System.nanoTime() - start) / allowed.size(), TimeUnit.NANOSECONDS);
		}
		for (int j = 0; j < written.size(); j++) {
			results[positions.get(j)] = written.get(j);
		}
		return Arrays.asList(results);
	}

	private Pending prepare(Item item) {
		List<ItemError> tooBig = sizeCheck(this.limits, item.json(), item.path());
		if (!tooBig.isEmpty()) {
			return Pending.rejected(IngestResult.rejected(item.index(), tooBig));
		}
		if (item.kind() == Item.Kind.RECORD) {
			InputParser.Parsed<RecordInput> parsed = InputParser.record(item.json(), item.path());
			if (!parsed.isValid()) {
				return Pending.rejected(IngestResult.rejected(item.index(), parsed.errors()));
			}
			RecordIngestor.Prepared prepared = this.records.prepare(item.index(), parsed.input(), item.json());
			Set<String> keys = new HashSet<>();
			prepared.identifiers().forEach(i -> keys.add(i.key()));
			keys.add("RECORD:" + prepared.recordId());
			return new Pending(item, -1, prepared, null, null, keys);
		}
		EventIngestor.Prepared prepared = this.events.prepare(item);
		if (prepared.rejected() != null) {
			return Pending.rejected(prepared.rejected());
		}
		return new Pending(item, -1, null, prepared, null, prepared.guardKeys());
	}

	/** For each item of the run, the first refusal of any {@link IngestGuard} (a refused item writes nothing), or null. */
	private List<String> refusals(Graph.Tx tx, List<Pending> run) {
		List<String> first = new ArrayList<>(java.util.Collections.nCopies(run.size(), (String) null));
		List<Set<String>> keys = run.stream().map(Pending::guardKeys).toList();
		for (IngestGuard guard : this.guards) {
			List<String> refusals = guard.refuse(tx, keys);
			for (int i = 0; i < run.size(); i++) {
				if (first.get(i) == null && refusals.get(i) != null) {
					first.set(i, refusals.get(i));
				}
			}
		}
		return first;
	}

	private static IngestResult refused(Pending p, String refusal) {
		log.warn("Item {} refused: {}", p.path().isEmpty() ? "#" + p.index() : p.path(), refusal);
		return IngestResult.rejected(p.index(), List.of(new ItemError(p.path().isEmpty() ? "$" : p.path(), refusal, "REFUSED")));
	}

	/** An item checked and ready to write, or already rejected; {@code position} is its place in the batch. */
	private record Pending(Item item, int position, RecordIngestor.Prepared record, EventIngestor.Prepared event,
			IngestResult rejected, Set<String> guardKeys) {

		static Pending rejected(IngestResult result) {
			return new Pending(null, -1, null, null, result, Set.of());
		}

		Pending at(int position) {
			return new Pending(this.item, position, this.record, this.event, null, this.guardKeys);
		}

		int index() {
			return this.item.index();
		}

		String path() {
			return this.item.path();
		}

	}

	/** The error of an item over {@code skein.ingest.max-item-bytes} as canonical JSON, or none (also for a bootstrap load). */
	static List<ItemError> sizeCheck(IngestProperties limits, Map<String, Object> json, String path) {
		int bytes = Json.canonical(json).getBytes(StandardCharsets.UTF_8).length;
		if (bytes > limits.maxItemBytes()) {
			return List.of(ItemError.badRequest(path,
					"item is " + bytes + " bytes of JSON, over the limit of " + limits.maxItemBytes()));
		}
		return List.of();
	}

	/** Runs a chunk's write counted in flight (for {@link #drain}); refused once shutdown began. */
	private <T> T counted(Supplier<T> work) {
		synchronized (this.inFlightMonitor) {
			if (this.closing) {
				throw new IllegalStateException("shutting down: not written, send it again");
			}
			this.inFlight++;
		}
		try {
			return work.get();
		}
		finally {
			synchronized (this.inFlightMonitor) {
				this.inFlight--;
				this.inFlightMonitor.notifyAll();
			}
		}
	}

	/** Hands the batch's changes to derived-state upkeep (segments, purposes, drop-offs) after it committed. */
	private void announce(CustomersChanged changed) {
		this.upkeep.submit(changed);
	}

	/** Counts the item; returns the change to announce when it stored something. */
	private CustomerChanged finish(Item item, IngestResult result) {
		String kind = item.kind() == Item.Kind.RECORD ? "record" : "event";
		this.meters.counter("skein.ingest.items", "kind", kind, "status", result.status().name()).increment();
		boolean changed = result.status() == IngestStatus.CREATED || result.status() == IngestStatus.UPDATED;
		// During a bulk import an unchanged line still counts: an import resumed after a crash finds lines the
		// first run stored, whose derived state the first run never reached (it is brought up to date at the end)
		boolean resumed = result.status() == IngestStatus.UNCHANGED && result.customerId() != null && this.upkeep.isHeld();
		if (!changed && !resumed) {
			return null;
		}
		Object type = item.json().get("type");
		return new CustomerChanged(result.customerId(), kind.toUpperCase(),
				item.kind() == Item.Kind.EVENT && type instanceof String s ? s : null);
	}

	private static List<Item> items(List<Map<String, Object>> jsons, Item.Kind kind, String field) {
		List<Item> items = new ArrayList<>(jsons.size());
		for (int i = 0; i < jsons.size(); i++) {
			items.add(new Item(i, kind, jsons.get(i), field + "[" + i + "]"));
		}
		return items;
	}

}
