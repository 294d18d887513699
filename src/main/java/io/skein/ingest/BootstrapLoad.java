package io.skein.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.EventAttribution;
import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.InMemoryStitching;
import io.skein.identity.PersonName;
import io.skein.identity.StitchingProperties;
import io.skein.identity.resolution.BlockKeyIndex;
import io.skein.identity.resolution.LoadedRecords;
import io.skein.identity.resolution.ResolutionInput;
import io.skein.identity.resolution.ResolutionProperties;
import io.skein.identity.resolution.RealtimeResolution;
import org.neo4j.driver.Record;

import io.skein.graph.EmbeddedBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A first load into an empty store ({@code import --bootstrap}): records are stitched in memory with the
 * same rules, in the same order and in the same chunks as {@link IngestService} would stitch them
 * ({@link InMemoryStitching}), stored as the same nodes and edges but created, not merged, with no
 * per-chunk lookups (cypher/bootstrap/create-*); the events after them are attributed in memory by the
 * same {@link EventAttribution} over that state ({@link InMemoryStitching.Events}), in the same chunks, and
 * stored as created interactions. Customers, record edges, merges, each interaction's customer and the
 * identifiers' {@code SEEN_FOR} edges are written at the end. Where they go is a {@link BootstrapStore}: in place
 * through Cypher ({@link TransactionalBootstrapStore}), or as files for Neo4j's bulk importer loaded into the
 * stopped embedded store at the end ({@link BulkBootstrapStore}, {@link Writes#BULK_IMPORT}). The real-time
 * resolution queue and derived-state upkeep are then given what the ordinary path would have given them,
 * so the import's end (resolution, consents, segments, purposes, households) runs as it would.
 * <p>
 * Only a leading run of record batches, then of event batches, takes this path: the first batch mixing
 * them, holding records after events, or naming a record or event seen before ends it ({@link Session#tryLoad}
 * refuses the batch), and everything from there goes through {@link IngestService}, on top of what the
 * bootstrap wrote.
 */
@Component
public class BootstrapLoad {

	private static final Logger log = LoggerFactory.getLogger(BootstrapLoad.class);

	private final Graph graph;

	private final RecordIngestor records;

	private final BlockKeyIndex blockKeys;

	private final StitchingProperties stitching;

	private final IdentifierNormaliser normaliser;

	private final IngestProperties limits;

	private final List<IngestGuard> guards;

	private final RealtimeResolution resolution;

	private final ResolutionProperties resolutionLimits;

	private final DerivedStateUpkeep upkeep;

	private final Clock clock;

	private final MeterRegistry meters;

	private final NamedQuery storeHolds;

	private final TransactionalBootstrapStore inPlace;

	private final java.util.Optional<EmbeddedBulkLoad> bulkLoad;

	private final EventIngestor events;

	private final EventAttribution attribution;

	BootstrapLoad(Graph graph, CypherQueries queries, RecordIngestor records, EventIngestor events,
			EventAttribution attribution, BlockKeyIndex blockKeys, StitchingProperties stitching,
			IdentifierNormaliser normaliser, IngestProperties limits, List<IngestGuard> guards,
			RealtimeResolution resolution, ResolutionProperties resolutionLimits, DerivedStateUpkeep upkeep, Clock clock,
			MeterRegistry meters, ObjectProvider<EmbeddedBulkLoad> bulkLoad) {
		this.graph = graph;
		this.resolutionLimits = resolutionLimits;
		this.records = records;
		this.events = events;
		this.attribution = attribution;
		this.blockKeys = blockKeys;
		this.stitching = stitching;
		this.normaliser = normaliser;
		this.limits = limits;
		this.guards = List.copyOf(guards);
		this.resolution = resolution;
		this.upkeep = upkeep;
		this.clock = clock;
		this.meters = meters;
		this.storeHolds = queries.get("bootstrap/store-holds");
		this.inPlace = new TransactionalBootstrapStore(graph, queries);
		this.bulkLoad = java.util.Optional.ofNullable(bulkLoad.getIfAvailable());
	}

	/** Why the store cannot take a bootstrap load (it holds records or customers), or empty when it can. */
	public Optional<String> refusal() {
		Record counts = this.graph.query(this.storeHolds, Map.of(), r -> r).get(0);
		long records = counts.get("records").asLong();
		long customers = counts.get("customers").asLong();
		if (records + customers == 0) {
			return Optional.empty();
		}
		return Optional.of("--bootstrap loads into an empty store only; this one holds " + records
				+ " source records and " + customers + " customers (import without --bootstrap adds to it)");
	}

	/** How a bootstrap writes its graph. */
	public enum Writes {

		/** Through Cypher, created rather than merged, batch by batch: any store, also one in use. */
		IN_PLACE,

		/**
		 * As files for Neo4j's bulk importer, loaded at the end with the embedded store stopped meanwhile (only a
		 * command that owns the store: {@code import}, the bench); through Cypher on a server or cluster.
		 */
		BULK_IMPORT

	}

	/** A bootstrap load in progress: batches in input order, then {@link Session#finish()}; time goes to {@code phases}. */
	public Session start(ImportPhases phases) {
		return start(phases, Writes.IN_PLACE);
	}

	/** As {@link #start(ImportPhases)}, writing as {@code writes} asks where the store allows it. */
	public Session start(ImportPhases phases, Writes writes) {
		if (writes == Writes.BULK_IMPORT && this.bulkLoad.isPresent()) {
			List<String> held = this.bulkLoad.get().held(BulkBootstrapStore.LABELS);
			if (held.isEmpty()) {
				return new Session(phases, new BulkBootstrapStore(bulkFiles()));
			}
			log.info("The bootstrap writes through Cypher: the store holds nodes labelled {} already", held);
		}
		return new Session(phases, this.inPlace);
	}

	private static java.nio.file.Path bulkFiles() {
		try {
			return java.nio.file.Files.createTempDirectory("skein-bulk-import");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Cannot create a directory for the bulk importer's files", ex);
		}
	}

	/** Phase names, for {@code --profile}: memory work apart from store writes. */
	public static final String RECORDS_MEMORY = "bootstrap records: checks, stitching in memory";

	public static final String RECORDS_WRITE = "bootstrap records: writes";

	public static final String EVENTS_MEMORY = "bootstrap events: checks, attribution in memory";

	public static final String EVENTS_WRITE = "bootstrap events: writes";

	public static final String FINISH_WRITE = "bootstrap end: customers, edges, merges, SEEN_FOR writes";

	/** One record checked and normalised, with the chunk it would have been written in. */
	private record Loaded(int position, RecordIngestor.Prepared prepared, LastValidValues.Written written,
			Set<String> guardKeys) {
	}

	/** One event checked and normalised, at its position in the batch. */
	private record LoadedEvent(int position, EventIngestor.Prepared prepared) {
	}

	public final class Session {

		private final InMemoryStitching stitched = new InMemoryStitching(BootstrapLoad.this.stitching,
				BootstrapLoad.this.normaliser);

		private final Set<String> seen = new HashSet<>();

		/** The records written, kept as the end resolution reads them. */
		private final LoadedRecords loaded = new LoadedRecords(BootstrapLoad.this.stitching.identifierTypes());

		private final Set<String> identifierKeys = new HashSet<>();

		private final Set<String> blockKeys = new HashSet<>();

		private final List<String> recordIds = new ArrayList<>();

		private final List<CustomerChanged> changes = new ArrayList<>();

		private final Set<String> eventIds = new HashSet<>();

		private boolean eventsBegun;

		private Instant last;

		private boolean finished;

		private final ImportPhases phases;

		private final BootstrapWriter writer;

		private final BootstrapStore store;

		private Session(ImportPhases phases, BootstrapStore store) {
			this.phases = phases;
			this.writer = new BootstrapWriter(phases);
			this.store = store;
		}

		/**
		 * Loads a batch of records or a batch of events (as {@link IngestService#ingest} would, results in
		 * input order), or returns empty having done nothing when it cannot: a batch mixing records and
		 * events, records after events, a record or event already loaded. The bootstrap ends there.
		 */
		public Optional<List<IngestResult>> tryLoad(List<IngestService.Item> items) {
			if (this.finished) {
				return Optional.empty();
			}
			if (items.isEmpty()) {
				return Optional.of(List.of());
			}
			if (items.stream().allMatch(i -> i.kind() == IngestService.Item.Kind.EVENT)) {
				return tryLoadEvents(items);
			}
			if (this.eventsBegun || items.stream().anyMatch(i -> i.kind() != IngestService.Item.Kind.RECORD)) {
				return Optional.empty();
			}
			long start = System.nanoTime();
			IngestResult[] results = new IngestResult[items.size()];
			List<Loaded> pending = new ArrayList<>();
			Set<String> batchIds = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				IngestService.Item item = items.get(i);
				Loaded loaded = prepare(item, i, results);
				if (loaded != null) {
					if (this.seen.contains(loaded.prepared().recordId()) || !batchIds.add(loaded.prepared().recordId())) {
						return Optional.empty();
					}
					pending.add(loaded);
				}
			}
			this.seen.addAll(batchIds);
			List<Map<String, Object>> rows = new ArrayList<>();
			List<BlockKeyIndex.Stored> keyed = new ArrayList<>();
			// the guards read the store once for the whole batch: nothing the batch writes can change their answer
			List<String> refusals = refusals(pending.stream().map(Loaded::guardKeys).toList());
			int chunk = BootstrapLoad.this.limits.chunkSize();
			for (int from = 0; from < pending.size(); from += chunk) {
				int to = Math.min(pending.size(), from + chunk);
				stitchChunk(items, pending.subList(from, to), refusals.subList(from, to), results, rows, keyed);
			}
			long waited = writeRecords(rows, keyed);
			this.phases.add(RECORDS_MEMORY, System.nanoTime() - start - waited);
			for (int i = 0; i < items.size(); i++) {
				count("record", results[i]);
			}
			BootstrapLoad.this.meters.counter("skein.ingest.bootstrap.records").increment(pending.size());
			return Optional.of(List.of(results));
		}

		/**
		 * Stores a batch's records in one transaction (queued to the {@link BootstrapWriter}), as
		 * {@code ingest/upsert-records} and {@code identity/write-block-keys} would: identifiers and blocking keys
		 * no earlier batch brought are created first, then each record with its edges to them. Returns the
		 * nanoseconds spent waiting for the writer.
		 */
		private long writeRecords(List<Map<String, Object>> rows, List<BlockKeyIndex.Stored> keyed) {
			if (rows.isEmpty()) {
				return 0;
			}
			List<Map<String, Object>> identifiers = new ArrayList<>();
			List<String> newKeys = new ArrayList<>();
			List<Map<String, Object>> records = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				Map<String, Object> row = rows.get(i);
				Map<String, Object> blocking = BootstrapLoad.this.blockKeys.rowFor(keyed.get(i));
				List<String> identifierKeys = new ArrayList<>();
				for (Object parameter : (List<?>) row.get("identifiers")) {
					Map<?, ?> identifier = (Map<?, ?>) parameter;
					String key = (String) identifier.get("key");
					identifierKeys.add(key);
					if (this.identifierKeys.add(key)) {
						identifiers.add(Map.of("key", key, "type", identifier.get("type"), "value", identifier.get("value")));
					}
				}
				List<String> blockKeys = ((List<?>) blocking.get("keys")).stream().map(String::valueOf).distinct().toList();
				blockKeys.stream().filter(this.blockKeys::add).forEach(newKeys::add);
				Map<String, Object> record = new java.util.HashMap<>();
				record.put("props", row.get("props"));
				record.put("identifiers", identifierKeys);
				record.put("blockKeys", blockKeys);
				record.put("accounts", row.get("accounts"));
				record.put("nationalIdDigest", blocking.get("nationalIdDigest"));
				record.put("nationalIdVariants", blocking.get("nationalIdVariants"));
				records.add(record);
				this.loaded.add(props(row), (List<? extends Map<?, ?>>) row.get("identifiers"), blockKeys,
						blocking.get("nationalIdDigest"), blocking.get("nationalIdVariants"));
			}
			return this.writer.submit(RECORDS_WRITE, () -> this.store.records(identifiers, newKeys, records));
		}

		/**
		 * Loads a batch of events as {@link EventIngestor#writeAll} would, chunk by chunk: each event is
		 * attributed by {@link EventAttribution} over the memory state ({@link InMemoryStitching#events}),
		 * and stored at once without its customer; refuses (returns empty) a batch naming an event already loaded.
		 */
		private Optional<List<IngestResult>> tryLoadEvents(List<IngestService.Item> items) {
			long start = System.nanoTime();
			IngestResult[] results = new IngestResult[items.size()];
			List<LoadedEvent> pending = new ArrayList<>();
			Set<String> batchIds = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				if (tooBig(items.get(i), i, results)) {
					continue;
				}
				EventIngestor.Prepared prepared = BootstrapLoad.this.events.prepare(items.get(i));
				if (prepared.rejected() != null) {
					results[i] = prepared.rejected();
					continue;
				}
				String eventId = prepared.event().eventId();
				if (this.eventIds.contains(eventId) || !batchIds.add(eventId)) {
					return Optional.empty();
				}
				pending.add(new LoadedEvent(i, prepared));
			}
			this.eventsBegun = true;
			this.eventIds.addAll(batchIds);
			List<String> refusals = refusals(pending.stream().map(l -> l.prepared().guardKeys()).toList());
			List<Map<String, Object>> rows = new ArrayList<>();
			List<Map<String, Object>> identifiers = new ArrayList<>();
			int chunk = BootstrapLoad.this.limits.chunkSize();
			for (int from = 0; from < pending.size(); from += chunk) {
				int to = Math.min(pending.size(), from + chunk);
				attributeChunk(items, pending.subList(from, to), refusals.subList(from, to), results, rows, identifiers);
			}
			this.phases.add(EVENTS_MEMORY, System.nanoTime() - start);
			if (!rows.isEmpty()) {
				this.writer.submit(EVENTS_WRITE, () -> this.store.events(identifiers, rows));
			}
			for (IngestResult result : results) {
				count("event", result);
			}
			BootstrapLoad.this.meters.counter("skein.ingest.bootstrap.events").increment(rows.size());
			return Optional.of(List.of(results));
		}

		/** One transaction's worth of events of the ordinary path: claims read at its start, then each in order. */
		private void attributeChunk(List<IngestService.Item> items, List<LoadedEvent> slice, List<String> refusals,
				IngestResult[] results, List<Map<String, Object>> rows, List<Map<String, Object>> identifiers) {
			InMemoryStitching.Events state = this.stitched.events(nextNow());
			List<LoadedEvent> allowed = new ArrayList<>();
			for (int i = 0; i < slice.size(); i++) {
				LoadedEvent l = slice.get(i);
				if (refusals.get(i) == null) {
					allowed.add(l);
				}
				else {
					IngestService.Item item = items.get(l.position());
					results[l.position()] = IngestResult.rejected(item.index(),
							List.of(new ItemError(item.path().isEmpty() ? "$" : item.path(), refusals.get(i), "REFUSED")));
				}
			}
			EventAttribution.Claimed claimed = BootstrapLoad.this.attribution.resolveClaims(state,
					allowed.stream().map(l -> l.prepared().claims()).toList());
			List<EventAttribution.Attributed> targets = new ArrayList<>();
			for (LoadedEvent l : allowed) {
				EventIngestor.Prepared p = l.prepared();
				EventAttribution.Attributed target = BootstrapLoad.this.attribution.attribute(state, claimed, p.claims(),
						p.event().eventId());
				state.addInteraction(target.customerId(), p.event().eventId(), p.at(), target.rememberedIdentifiers());
				targets.add(target);
				List<String> keys = new ArrayList<>();
				for (Identifier identifier : target.rememberedIdentifiers()) {
					if (!keys.contains(identifier.key())) {
						keys.add(identifier.key());
					}
					if (this.identifierKeys.add(identifier.key())) {
						identifiers.add(Map.of("key", identifier.key(), "type", identifier.type().name(), "value",
								identifier.value()));
					}
				}
				rows.add(Map.of("eventId", p.event().eventId(), "props", p.props(), "identifiers", keys));
			}
			for (int i = 0; i < allowed.size(); i++) {
				EventIngestor.Prepared p = allowed.get(i).prepared();
				String customerId = this.stitched.resolve(targets.get(i).customerId());
				List<String> warnings = new ArrayList<>(p.warnings());
				warnings.addAll(targets.get(i).warnings());
				results[allowed.get(i).position()] = new IngestResult(p.index(), IngestStatus.CREATED, customerId,
						List.copyOf(warnings), List.of());
				Object type = items.get(allowed.get(i).position()).json().get("type");
				this.changes.add(new CustomerChanged(customerId, "EVENT", type instanceof String t ? t : null));
			}
		}

		/**
		 * Ends the bootstrap part of an import that goes on without it: writes customers, record edges, merges,
		 * interactions' customers and {@code SEEN_FOR} edges, then queues resolution and upkeep as ingestion would.
		 */
		public void finish() {
			finish(false);
		}

		/**
		 * Ends an import the bootstrap took whole (unless it ended before): writes as {@link #finish()}, queues
		 * upkeep, and resolves the records from memory ({@link RealtimeResolution#resolveLoaded}) instead of
		 * queueing them for a resolution that would read them back from the store.
		 */
		public void finishImport() {
			finish(true);
		}

		private void finish(boolean whole) {
			if (this.finished) {
				return;
			}
			this.finished = true;
			try (BootstrapWriter queued = this.writer) {
				queued.drain();
			}
			this.phases.time(FINISH_WRITE, this::writeFinal);
			if (this.store instanceof BulkBootstrapStore bulk) {
				bulkLoad(bulk);
			}
			if (!whole) {
				BootstrapLoad.this.resolution.submit(this.recordIds);
			}
			if (!this.changes.isEmpty()) {
				BootstrapLoad.this.upkeep.submit(new CustomersChanged(List.copyOf(this.changes)));
			}
			if (whole && !this.phases.time(ImportPhases.END_RESOLUTION,
					() -> BootstrapLoad.this.resolution.resolveLoaded(this.recordIds, this::resolutionInput))) {
				BootstrapLoad.this.resolution.submit(this.recordIds);
			}
		}

		/** Loads the files written into the embedded store, keeping what it held; the files go afterwards. */
		private void bulkLoad(BulkBootstrapStore bulk) {
			try {
				BootstrapLoad.this.bulkLoad.orElseThrow().load(bulk.files(), (step, work) -> this.phases.time(step, () -> {
					try {
						work.run();
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			finally {
				org.springframework.util.FileSystemUtils.deleteRecursively(bulk.files().dir().toFile());
			}
		}

		/** The records written, as resolution would read them back now: owners followed through merges. */
		private ResolutionInput resolutionInput() {
			Map<String, InMemoryStitching.Customer> byId = new java.util.HashMap<>();
			this.stitched.customers().forEach(c -> byId.put(c.id(), c));
			return this.loaded.input(recordId -> {
				InMemoryStitching.Attachment a = this.stitched.attachments().get(recordId);
				InMemoryStitching.Customer owner = a == null ? null : byId.get(this.stitched.resolve(a.customerId()));
				return owner == null ? null : new LoadedRecords.Owner(owner.id(), owner.createdAt());
			}, BootstrapLoad.this.resolutionLimits.maxBlockSize(), BootstrapLoad.this.resolutionLimits.mustLinkMaxRecords());
		}

		/** Customers, record edges, merges, interactions' customers and SEEN_FOR edges, from the memory state. */
		private void writeFinal() {
			List<Map<String, Object>> customers = this.stitched.customers().stream().map(Session::customerRow).toList();
			List<Map<String, Object>> edges = new ArrayList<>();
			this.stitched.attachments().forEach((recordId, a) -> edges.add(Map.of("recordId", recordId, "customerId",
					a.customerId(), "at", IdentityStitcher.at(a.at()), "reason", a.reason())));
			List<Map<String, Object>> merges = this.stitched.merges().stream().map(Session::mergeRow).toList();
			List<Map<String, Object>> owners = new ArrayList<>();
			this.stitched.interactions().forEach((eventId, customerId) -> owners.add(Map.of("eventId", eventId,
					"customerId", customerId)));
			List<Map<String, Object>> seen = new ArrayList<>();
			this.stitched.seenFor().forEach((key, byCustomer) -> byCustomer.forEach((customerId, s) -> seen.add(Map.of(
					"key", key, "customerId", customerId, "firstSeen", IdentityStitcher.at(s.firstSeen()), "lastSeen",
					IdentityStitcher.at(s.lastSeen()), "assertedBy", s.assertedBy()))));
			this.store.finish(new BootstrapStore.Final(customers, edges, merges, owners, seen));
		}

		private void stitchChunk(List<IngestService.Item> items, List<Loaded> slice, List<String> refusals,
				IngestResult[] results, List<Map<String, Object>> rows, List<BlockKeyIndex.Stored> keyed) {
			Instant now = nextNow();
			InMemoryStitching.Chunk chunk = this.stitched.chunk(now);
			List<Loaded> stitchedHere = new ArrayList<>();
			List<IdentityStitcher.Outcome> outcomes = new ArrayList<>();
			for (int i = 0; i < slice.size(); i++) {
				Loaded l = slice.get(i);
				if (refusals.get(i) != null) {
					IngestService.Item item = items.get(l.position());
					String path = item.path().isEmpty() ? "$" : item.path();
					results[l.position()] = IngestResult.rejected(item.index(),
							List.of(new ItemError(path, refusals.get(i), "REFUSED")));
					continue;
				}
				RecordIngestor.Prepared p = l.prepared();
				LastValidValues.Written w = l.written();
				Map<String, Object> props = RecordIngestor.properties(w.record(), p.recordId(), p.payloadJson(), p.hash(),
						w.dateOfBirth(), w.warnings(), now);
				props.put("firstSeenAt", IdentityStitcher.at(now));
				rows.add(Map.of("source", p.record().source(), "sourceId", p.record().sourceId(), "props", props,
						"identifiers", w.identifiers().stream().map(Identifier::asParameter).toList(), "accounts",
						p.accounts()));
				keyed.add(new BlockKeyIndex.Stored(p.recordId(), w.record(), w.keptNationalId()));
				outcomes.add(chunk.stitch(p.recordId(), w.identifiers(),
						PersonName.of(p.record().firstName(), p.record().lastName())));
				stitchedHere.add(l);
				this.recordIds.add(p.recordId());
			}
			for (int i = 0; i < stitchedHere.size(); i++) {
				Loaded l = stitchedHere.get(i);
				IdentityStitcher.Outcome outcome = outcomes.get(i);
				String customerId = this.stitched.resolve(outcome.customerId());
				List<String> warnings = new ArrayList<>(l.written().warnings());
				warnings.addAll(outcome.warnings());
				results[l.position()] = new IngestResult(l.prepared().index(), IngestStatus.CREATED, customerId,
						List.copyOf(warnings), List.of());
				this.changes.add(new CustomerChanged(customerId, "RECORD", null));
			}
		}

		/**
		 * The chunk's {@code now}: the clock, but always after the previous chunk's customers (each chunk
		 * creates at most one per microsecond from its {@code now}), so creation order is time order.
		 */
		private Instant nextNow() {
			Instant now = BootstrapLoad.this.clock.instant();
			if (this.last != null) {
				Instant earliest = this.last.plusNanos(1000L * (BootstrapLoad.this.limits.chunkSize() + 1));
				if (now.isBefore(earliest)) {
					now = earliest;
				}
			}
			this.last = now;
			return now;
		}

		private List<String> refusals(List<Set<String>> keys) {
			List<String> first = new ArrayList<>(java.util.Collections.nCopies(keys.size(), (String) null));
			if (BootstrapLoad.this.guards.isEmpty()) {
				return first;
			}
			BootstrapLoad.this.graph.read(tx -> {
				for (IngestGuard guard : BootstrapLoad.this.guards) {
					List<String> refusals = guard.refuse(tx, keys);
					for (int i = 0; i < keys.size(); i++) {
						if (first.get(i) == null && refusals.get(i) != null) {
							first.set(i, refusals.get(i));
						}
					}
				}
				return null;
			});
			return first;
		}

		/** Rejects an item over the size limit, as {@link IngestService} does; true when it did. */
		private boolean tooBig(IngestService.Item item, int position, IngestResult[] results) {
			List<ItemError> errors = IngestService.sizeCheck(BootstrapLoad.this.limits, item.json(), item.path());
			if (errors.isEmpty()) {
				return false;
			}
			results[position] = IngestResult.rejected(item.index(), errors);
			return true;
		}

		private Loaded prepare(IngestService.Item item, int position, IngestResult[] results) {
			if (tooBig(item, position, results)) {
				return null;
			}
			InputParser.Parsed<RecordInput> parsed = InputParser.record(item.json(), item.path());
			if (!parsed.isValid()) {
				results[position] = IngestResult.rejected(item.index(), parsed.errors());
				return null;
			}
			RecordIngestor.Prepared prepared = BootstrapLoad.this.records.prepare(item.index(), parsed.input(), item.json());
			Set<String> keys = new HashSet<>();
			prepared.identifiers().forEach(i -> keys.add(i.key()));
			keys.add("RECORD:" + prepared.recordId());
			return new Loaded(position, prepared, LastValidValues.fresh(prepared), keys);
		}

		private void count(String kind, IngestResult result) {
			BootstrapLoad.this.meters.counter("skein.ingest.items", "kind", kind, "status", result.status().name())
				.increment();
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> props(Map<String, Object> row) {
			return (Map<String, Object>) row.get("props");
		}

		private static Map<String, Object> customerRow(InMemoryStitching.Customer c) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("id", c.id());
			props.put("createdAt", IdentityStitcher.at(c.createdAt()));
			props.put("updatedAt", IdentityStitcher.at(c.updatedAt()));
			props.put("kind", c.anonymous() ? "ANONYMOUS" : "KNOWN");
			props.put("status", c.mergedAt() == null ? "ACTIVE" : "MERGED");
			props.put("changeSeq", c.changeSeq());
			if (c.mergedAt() != null) {
				props.put("mergedAt", IdentityStitcher.at(c.mergedAt()));
			}
			return Map.of("props", props);
		}

		private static Map<String, Object> mergeRow(InMemoryStitching.MergeDone m) {
			return Map.of("mergeId", m.mergeId(), "at", IdentityStitcher.at(m.at()), "reason", m.reason(), "survivorId",
					m.survivorId(), "absorbedIds", m.absorbedIds(), "triggeredBy", m.triggeredBy(), "seq", m.survivorSeq());
		}

	}

}
