package io.skein.identity.resolution;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.CustomersRestitched;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.WriteLocks;
import io.skein.identity.matching.BlockingKeys;
import io.skein.orchestration.StoreLease;
import io.skein.identity.matching.Comparators;
import io.skein.identity.matching.ModelTrainer;
import io.skein.identity.matching.GuardedClusterer;
import io.skein.identity.matching.Clustering;
import io.skein.identity.matching.HeldMerge;
import io.skein.identity.matching.MatchRecord;
import io.skein.identity.matching.MatchSettings;
import io.skein.identity.matching.PairScorer;
import io.skein.identity.matching.RecordPair;
import io.skein.identity.matching.ScoredPair;
import io.skein.identity.matching.Band;
import io.skein.ingest.Json;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Resolution: a pure function of the stored records and the steward's decisions, whatever order the
 * records arrived in. Reads every record and the candidate pairs their shared {@code BlockKey}s propose,
 * retrains the model (EM, no labels; the default model below
 * {@code skein.resolution.min-training-records}), scores the candidates, clusters them (steward merges,
 * then deterministic must-links, then scored links strongest first, never through a ban or split) and
 * reconciles customers with the clusters: merges keep the oldest id, splits leave the id on the largest
 * part. Every LINK or REVIEW pair is stored as {@code MATCHED} with its weights.
 * <p>
 * The same reconciliation runs in real time ({@link #resolveRecords}) over the {@link ResolutionScope} of
 * the records a write changed, with the stored model: clustering decomposes over such scopes, so the
 * customers it leaves are those a full resolve with the same model would leave.
 */
@Service
public class ResolutionService {

	private static final Logger log = LoggerFactory.getLogger(ResolutionService.class);

	private static final int WRITE_BATCH = 100;

	/** The store lease full resolutions and retrainings run under (one at a time across instances). */
	static final String LEASE = "identity.resolve";

	/** How long a run waits for another instance's run to end. */
	static final java.time.Duration LEASE_WAIT = java.time.Duration.ofMinutes(30);

	private static final int MATCH_BATCH = 2000;

	/** How often a real-time resolution reads and decides again when concurrent writes overtook its read. */
	private static final int STALE_ATTEMPTS = 10;

	private final Graph graph;

	private final ResolutionProperties properties;

	private final ModelStore models;

	private final IdentityStitcher stitcher;

	private final RecordMover mover;

	private final StoreLease lease;

	private final WriteLocks locks;

	private final NamedQuery recordOwners;

	private final NamedQuery takeGate;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final NamedQuery records;

	private final NamedQuery blocks;

	private final NamedQuery sharedIdentifiers;

	private final StewardConstraints stewardConstraints;

	private final NamedQuery deleteMatches;

	private final NamedQuery writeMatches;

	private final NamedQuery attach;

	private final NamedQuery replaceMatchesOf;

	private final NamedQuery writePairsMarkers;

	private final MustLinkRule mustLinkRule;

	private final ComponentFinder components;

	private final BlockKeyIndex blockKeys;

	public ResolutionService(Graph graph, CypherQueries queries, ResolutionProperties properties,
			ModelStore models,
			IdentityStitcher stitcher, RecordMover mover, StoreLease lease, WriteLocks locks, Clock clock,
			ApplicationEventPublisher events, MustLinkRule mustLinkRule, ComponentFinder components,
			BlockKeyIndex blockKeys, StewardConstraints stewardConstraints) {
		this.blockKeys = blockKeys;
		this.stewardConstraints = stewardConstraints;
		this.mustLinkRule = mustLinkRule;
		this.components = components;
		this.events = events;
		this.graph = graph;
		this.properties = properties;
		this.models = models;
		this.stitcher = stitcher;
		this.mover = mover;
		this.lease = lease;
		this.locks = locks;
		this.recordOwners = queries.get("identity/record-owners");
		this.takeGate = queries.get("identity/take-resolution-gate");
		this.clock = clock;
		this.records = queries.get("identity/resolution-records");
		this.blocks = queries.get("identity/candidate-blocks");
		this.sharedIdentifiers = queries.get("identity/shared-identifiers");
		this.deleteMatches = queries.get("identity/delete-matches");
		this.writeMatches = queries.get("identity/write-matches");
		this.attach = queries.get("identity/attach-records");
		this.replaceMatchesOf = queries.get("identity/replace-matches-of");
		this.writePairsMarkers = queries.get("identity/write-pairs-markers");
	}

	/** Full reconciliation over every stored record, retraining the model first. */
	public ResolutionReport resolve() {
		return resolve(true);
	}

	/**
	 * Full reconciliation over every stored record: with {@code retrain} the model is retrained first (and
	 * stored), without it the stored model scores.
	 */
	public ResolutionReport resolve(boolean retrain) {
		Set<String> touched = ConcurrentHashMap.newKeySet();
		ResolutionReport report = exclusively("resolve", () -> resolveAll(retrain, touched));
		published(touched, "resolution");
		return report;
	}

	/** Retrains the model on every stored record and stores it, reconciling nothing. */
	public ModelStore.StoredModel retrain() {
		return exclusively("retrain", () -> {
			List<StoredRecord> stored = this.graph.query(this.records, Map.of(), StoredRecord::from);
			Map<String, MatchRecord> byId = new HashMap<>();
			stored.forEach(r -> byId.put(r.id(), r.match()));
			ModelStore.StoredModel model = train(stored.stream().map(StoredRecord::match).toList(), blocks(), byId,
					this.clock.instant()).model();
			this.models.save(model);
			log.info("Match model retrained on {} records ({})", stored.size(), model.defaulted() ? "default" : "EM");
			return model;
		});
	}

	/**
	 * Real-time resolution of the records a write changed: reconciles the smallest scope holding them that
	 * clustering cannot leave ({@link ComponentFinder}), with the stored model, exactly as a full resolve
	 * would for those records. Empty when that scope holds more than {@code maxRecords} records (nothing
	 * was changed then: the caller runs a full resolve instead).
	 */
	public java.util.Optional<ResolutionReport> resolveRecords(java.util.Collection<String> changed, int maxRecords) {
		RealtimeOutcome outcome = resolveInRealTime(changed, maxRecords, 0);
		return outcome.isResolved() ? java.util.Optional.of(outcome.report()) : java.util.Optional.empty();
	}

	/**
	 * {@link #resolveRecords} as a write's real-time resolution runs it: nothing is done when the first model
	 * is due (only the default model is stored while the store holds {@code minTrainingRecords} records or
	 * more; 0: never), checked in the resolution's own transaction; the owners of {@code changed} are read
	 * in that transaction too when customers changed.
	 */
	RealtimeOutcome resolveInRealTime(java.util.Collection<String> changed, int maxRecords, long minTrainingRecords) {
		if (changed.isEmpty()) {
			return RealtimeOutcome.resolved(ResolutionReport.empty(), Map.of());
		}
		Set<String> touched = ConcurrentHashMap.newKeySet();
		RealtimeOutcome outcome = decidedAfresh(() -> resolveOnce(changed, maxRecords, minTrainingRecords, touched));
		if (!touched.isEmpty()) {
			this.events.publishEvent(new CustomersRestitched(List.copyOf(touched), "real-time resolution", true));
		}
		return outcome;
	}

	/**
	 * A write and the real-time resolution of the records it changed in one transaction, so one commit: the
	 * gate is taken first (no writer waits for it while holding the locks of the records, identifiers or
	 * customers it writes), then {@code write} runs, then the resolution of what it changed, as
	 * {@link #resolveInRealTime} would run it in a transaction of its own. A decision on a stale read rolls
	 * the whole transaction back and runs it again. The customers the resolution changed are left in
	 * {@code touched} (active ones only), not published: the caller hands them to derived state with its own.
	 */
	<T> Combined<T> writeAndResolveInRealTime(java.util.function.Function<Graph.Tx, Written<T>> write, int maxRecords,
			long minTrainingRecords, Set<String> touched) {
		long start = System.nanoTime();
		return decidedAfresh(() -> this.graph.write(tx -> {
			touched.clear(); // a retried transaction decided nothing
			Gate gate = takeGate(tx);
			Written<T> written = write.apply(tx);
			long resolving = System.nanoTime();
			return new Combined<>(written, resolveUnderGate(tx, gate, written.changed(), written.created(), maxRecords,
					minTrainingRecords, touched, start), resolving);
		}));
	}

	/** A write's result, the records it changed (to resolve) and how many of them it created. */
	public record Written<T>(T result, java.util.Collection<String> changed, long created) {
	}

	/** A write and its real-time resolution, committed together; when (nano time) the resolution began. */
	record Combined<T>(Written<T> written, RealtimeOutcome outcome, long resolutionStart) {
	}

	/** Runs a real-time decision again, read afresh, while a concurrent write overtook what it read. */
	private static <T> T decidedAfresh(java.util.function.Supplier<T> decision) {
		for (int attempt = 1;; attempt++) {
			try {
				return decision.get();
			}
			catch (io.skein.identity.StaleCustomersException stale) {
				// a concurrent write merged a customer this plan named: read again and decide again
				if (attempt >= STALE_ATTEMPTS) {
					throw stale;
				}
				log.debug("Real-time resolution decided on a stale read ({}); resolving again", stale.getMessage());
				staleBackoff(attempt);
			}
		}
	}

	/**
	 * One real-time decision, read and written in one transaction under the store's resolution gate: two
	 * real-time resolutions (of this instance or another) never decide on reads the other is about to
	 * overtake, e.g. each scoring its record before the other's edges and markers were written. Taking the
	 * gate reads the model's version and the store's record count in the same round trip.
	 */
	private RealtimeOutcome resolveOnce(java.util.Collection<String> changed, int maxRecords, long minTrainingRecords,
			Set<String> touched) {
		long start = System.nanoTime();
		return this.graph.write(tx -> {
			touched.clear(); // a retried transaction published nothing
			return resolveUnderGate(tx, takeGate(tx), changed, 0, maxRecords, minTrainingRecords, touched, start);
		});
	}

	/**
	 * Write-locks the store's real-time resolution gate in {@code tx} (until it ends) and reads, in the same
	 * round trip, the stored model and the store's record count: the first step of a real-time resolution,
	 * taken before any other lock of its transaction.
	 */
	Gate takeGate(Graph.Tx tx) {
		Record gate = tx.run(this.takeGate, Map.of()).get(0);
		return new Gate(this.models.current(tx, gate.get("trainedAt")), gate.get("records").asLong());
	}

	/** The gate taken: the model in force and the source records the store held then. */
	record Gate(ModelStore.StoredModel model, long records) {
	}

	/**
	 * The real-time decision of {@link #resolveOnce} in {@code tx}, which holds the gate: {@code created}
	 * records were written after the gate's count was read (by the same transaction).
	 */
	RealtimeOutcome resolveUnderGate(Graph.Tx tx, Gate gate, java.util.Collection<String> changed, long created,
			int maxRecords, long minTrainingRecords, Set<String> touched, long start) {
		if (changed.isEmpty()) {
			return RealtimeOutcome.resolved(ResolutionReport.empty(), Map.of());
		}
		ModelStore.StoredModel model = gate.model();
		if (minTrainingRecords > 0 && model.defaulted() && model.records() < minTrainingRecords
				&& gate.records() + created >= minTrainingRecords) {
			return RealtimeOutcome.firstTrainingDue();
		}
		Map<String, String> after = new HashMap<>();
		java.util.Optional<ResolutionReport> report = this.components
			.find(tx, changed, this.models.scorer(model), marker(model), maxRecords)
			.map(scope -> reconcile(scope, model, this.clock.instant(), touched, start, tx, after));
		if (report.isEmpty()) {
			return RealtimeOutcome.scopeTooLarge();
		}
		RealtimeOutcome resolved = RealtimeOutcome.resolved(report.get(), Map.of());
		if (!resolved.changedCustomers()) {
			return resolved;
		}
		Map<String, String> owners = new HashMap<>();
		changed.stream().filter(after::containsKey).forEach(id -> owners.put(id, after.get(id)));
		return RealtimeOutcome.resolved(report.get(), owners);
	}

	/**
	 * Runs a full resolution or a retraining under the store lease {@value #LEASE}: of every Skein instance
	 * on this store, one runs at a time (the others wait for it, as they would for each other).
	 */
	private <T> T exclusively(String what, java.util.function.Supplier<T> work) {
		return this.lease.exclusively(LEASE, this.properties.leaseTtl(), LEASE_WAIT, work)
			.orElseThrow(() -> new IllegalStateException("another " + what + " held the lease " + LEASE + " for over "
					+ LEASE_WAIT.toMinutes() + " minutes; not run"));
	}

	/**
	 * Under the write locks of every customer a real-time plan read, checks that each record of the scope
	 * still belongs to the customer the plan read (and that customer is active): another writer, in this
	 * instance or another, changed them meanwhile otherwise, and the plan is refused so that the resolution
	 * reads and decides again. Nothing of the scope can change from here to the commit.
	 */
	private void refuseStaleScope(Graph.Tx tx, List<StoredRecord> scope) {
		Map<String, String> read = new HashMap<>();
		scope.forEach(r -> read.put(r.id(), r.customerId()));
		Map<String, WriteLocks.Locked> locked = this.locks.customers(tx,
				read.values().stream().filter(java.util.Objects::nonNull).toList());
		locked.forEach((id, customer) -> {
			if (!"ACTIVE".equals(customer.status())) {
				throw new io.skein.identity.StaleCustomersException("customer " + id + " is " + customer.status()
						+ " since it was read");
			}
			// the scope holds every record of its customers: one attached since was not planned for
			customer.records().stream().filter(r -> !read.containsKey(r)).findFirst().ifPresent(r -> {
				throw new io.skein.identity.StaleCustomersException("record " + r + " joined customer " + id
						+ " since it was read");
			});
		});
		// records move with a merge, so each record still on the active customer read is in its locked list
		List<String> unowned = new ArrayList<>();
		read.forEach((recordId, customerId) -> {
			if (customerId == null) {
				unowned.add(recordId);
			}
			else if (!locked.containsKey(customerId) || !locked.get(customerId).records().contains(recordId)) {
				throw new io.skein.identity.StaleCustomersException("record " + recordId + " left customer "
						+ customerId + " since it was read");
			}
		});
		if (!unowned.isEmpty()) {
			for (Record row : tx.run(this.recordOwners, Map.of("recordIds", unowned))) {
				String owner = row.get("customerId").asString(null);
				if (owner != null) {
					throw new io.skein.identity.StaleCustomersException("record " + row.get("recordId").asString()
							+ " joined customer " + owner + " since it was read");
				}
			}
		}
	}

	/** Writers racing on one scope (several instances) step apart before reading again. */
	private static void staleBackoff(int attempt) {
		try {
			Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted between real-time resolution attempts", ex);
		}
	}

	private void published(Set<String> touched, String cause) {
		if (!touched.isEmpty()) {
			this.events.publishEvent(new CustomersRestitched(List.copyOf(touched), cause));
		}
	}

	private ResolutionReport resolveAll(boolean retrain, Set<String> touched) {
		long start = System.nanoTime();
		Instant now = this.clock.instant();
		List<StoredRecord> stored = this.graph.query(this.records, Map.of(), StoredRecord::from);
		return resolveAll(stored, () -> blocks(), this::mustLinks, retrain, touched, start, now);
	}

	/**
	 * Full reconciliation over the records a bootstrap load holds in memory ({@link LoadedRecords}), read as
	 * {@link #resolve(boolean)} would read them from the store: the same resolution without the reads.
	 */
	public ResolutionReport resolve(java.util.function.Supplier<ResolutionInput> loaded, boolean retrain) {
		Set<String> touched = ConcurrentHashMap.newKeySet();
		ResolutionReport report = exclusively("resolve", () -> {
			long start = System.nanoTime();
			Instant now = this.clock.instant();
			ResolutionInput input = loaded.get();
			return resolveAll(input.records(), () -> blocksOf(input.blocks()), () -> mustLinks(input.shared()), retrain,
					touched, start, now);
		});
		published(touched, "resolution");
		return report;
	}

	/**
	 * Whether a real-time resolution would train the first model now: only the default model is stored, trained
	 * on fewer than {@code minTrainingRecords} (0: never), and the store holds that many. Read under the gate,
	 * as a real-time resolution reads it (which leaves the gate node).
	 */
	public boolean firstTrainingDue(long minTrainingRecords) {
		return this.graph.write(tx -> {
			Gate gate = takeGate(tx);
			ModelStore.StoredModel model = gate.model();
			return minTrainingRecords > 0 && model.defaulted() && model.records() < minTrainingRecords
					&& gate.records() >= minTrainingRecords;
		});
	}

	private ResolutionReport resolveAll(List<StoredRecord> stored, java.util.function.Supplier<Blocks> blocks,
			java.util.function.Supplier<MustLinks> mustLinks, boolean retrain, Set<String> touched, long start,
			Instant now) {
		Map<String, MatchRecord> byId = new HashMap<>();
		stored.forEach(r -> byId.put(r.id(), r.match()));
		int rekeyed = this.blockKeys.refreshIfOutdated(this.graph, stored.stream().map(StoredRecord::match).toList());
		if (rekeyed > 0) {
			log.info("Blocking keys of {} records rewritten under scheme {} (they were written by an older version)",
					rekeyed, BlockingKeys.SCHEME);
		}
		Blocks candidates = blocks.get();
		ModelStore.StoredModel model;
		List<int[]> levels = null;
		if (retrain) {
			Trained trained = train(stored.stream().map(StoredRecord::match).toList(), candidates, byId, now);
			model = trained.model();
			levels = trained.levels();
			this.models.save(model);
		}
		else {
			model = this.models.current();
		}
		PairScorer scorer = this.models.scorer(model);
		List<RecordPair> pairs = candidates.pairs();
		List<int[]> compared = levels;
		// training compared every candidate pair already: score from those levels instead of comparing again
		List<ScoredPair> scored = java.util.stream.IntStream.range(0, pairs.size())
			.parallel()
			.mapToObj(i -> compared == null
					? scorer.score(byId.get(pairs.get(i).leftId()), byId.get(pairs.get(i).rightId()))
					: scorer.score(byId.get(pairs.get(i).leftId()), byId.get(pairs.get(i).rightId()), compared.get(i)))
			.toList();
		StewardConstraints.Constraints steward = this.stewardConstraints.all(this.graph);
		ResolutionScope whole = new ResolutionScope(stored, scored, candidates.pairs().size(), candidates.oversized(),
				mustLinks.get(), steward.links(), steward.cannot(), true,
				stored.stream().map(StoredRecord::id).collect(java.util.stream.Collectors.toUnmodifiableSet()));
		return reconcile(whole, model, now, touched, start, null, null);
	}

	/**
	 * The one reconciliation, for the whole store and for a real-time scope alike: clusters the scope's
	 * records (steward merges, must-links, then scored links strongest first, never through a ban or split,
	 * never across national ids), plans the customer changes, applies them and replaces the scope's
	 * {@code MATCHED} edges. A real-time scope's records are left in {@code ownersAfter} with the active customer
	 * each belongs to after these writes.
	 */
	private ResolutionReport reconcile(ResolutionScope scope, ModelStore.StoredModel model, Instant now,
			Set<String> touched, long start, Graph.Tx realtime, Map<String, String> ownersAfter) {
		List<StoredRecord> stored = scope.records();
		Map<String, MatchRecord> byId = new HashMap<>();
		stored.forEach(r -> byId.put(r.id(), r.match()));
		PairScorer scorer = this.models.scorer(model);
		List<ScoredPair> scored = scope.scored();
		GuardedClusterer.Constraints constraints = GuardedClusterer.Constraints.withNationalIds(scope.stewardLinks(),
				scope.mustLinks().pairs(), scope.cannotLinks(), byId.values());
		Clustering clustering = new GuardedClusterer(this.properties.reviewThreshold(),
				this.properties.maxClusterSize())
			.cluster(byId.keySet(), scored, (a, b) -> scorer.score(byId.get(a), byId.get(b)).total(), constraints);
		Map<String, Reconciliation.Owner> owners = new HashMap<>();
		stored.forEach(r -> owners.put(r.id(), r.customerId() == null ? null
				: new Reconciliation.Owner(r.customerId(), r.customerCreatedAt(), r.firstSeenAt())));
		List<Reconciliation.ClusterChange> changes = Reconciliation.plan(clustering.clusters(), owners);
		Map<String, List<String>> orphans = unowned(stored, clustering.clusters());
		PairsMarker marker = marker(model);
		int moved;
		if (scope.whole()) {
			moved = apply(changes, orphans, now, touched, Writes.separate(this.graph));
			writeMatches(scope, clustering.heldForReview(), clustering.corroboratingPairs(), marker, now,
					Writes.separate(this.graph));
		}
		else {
			// a real-time scope is small: every change and its edges commit with the read (one commit per write)
			refuseStaleScope(realtime, stored);
			moved = apply(changes, orphans, now, touched, Writes.in(realtime));
			// every change applied in this transaction: what is left of the touched customers is active
			changes.forEach(change -> touched.removeAll(change.absorbed()));
			ownersAfter.putAll(writeMatches(scope, clustering.heldForReview(), clustering.corroboratingPairs(), marker,
					now, Writes.in(realtime)));
		}
		long n = stored.size();
		ResolutionReport report = new ResolutionReport(stored.size(), scope.candidatePairs(), n * (n - 1) / 2,
				scope.oversized().size(), scope.oversized().stream().limit(10).toList(), !model.defaulted(),
				scope.mustLinks().pairs().size(), scope.mustLinks().guarded(),
				(int) scored.stream().filter(p -> p.band() == Band.LINK).count(),
				(int) scored.stream().filter(p -> p.band() == Band.REVIEW).count(), clustering.heldForReview().size(),
				clustering.clusters().size(), changes.stream().mapToInt(c -> c.absorbed().size()).sum(),
				Reconciliation.splitCustomers(changes).size(), moved, (System.nanoTime() - start) / 1_000_000);
		if (scope.whole()) {
			log.info("Resolution: {} records, {} candidate pairs, {} clusters, {} merged, {} split", report.records(),
					report.candidatePairs(), report.clusters(), report.customersMerged(), report.customersSplit());
		}
		else {
			log.debug("Real-time resolution: {} records in scope, {} pairs, {} merged, {} split", report.records(),
					report.candidatePairs(), report.customersMerged(), report.customersSplit());
		}
		return report;
	}

	/** Candidate pairs in id order, and the keys too common to use ("key (size)", largest first). */
	record Blocks(List<RecordPair> pairs, List<String> oversized) {
	}

	Blocks blocks() {
		return blocksOf(this.graph.query(this.blocks, Map.of("maxBlockSize", this.properties.maxBlockSize()),
				r -> new ResolutionInput.Block(r.get("key").asString(), r.get("size").asLong(),
						r.get("recordIds").asList(Value::asString))));
	}

	/** The candidate pairs the blocks propose; a block over the limit proposes none and is reported. */
	private Blocks blocksOf(List<ResolutionInput.Block> rows) {
		Set<RecordPair> pairs = new HashSet<>();
		List<ResolutionInput.Block> oversized = new ArrayList<>();
		for (ResolutionInput.Block row : rows) {
			if (row.size() > this.properties.maxBlockSize()) {
				oversized.add(row);
				continue;
			}
			List<String> ids = new ArrayList<>(new TreeSet<>(row.recordIds()));
			for (int a = 0; a < ids.size(); a++) {
				for (int b = a + 1; b < ids.size(); b++) {
					pairs.add(new RecordPair(ids.get(a), ids.get(b)));
				}
			}
		}
		List<RecordPair> sorted = new ArrayList<>(pairs);
		sorted.sort(Comparator.comparing(RecordPair::leftId).thenComparing(RecordPair::rightId));
		List<String> large = oversized.stream()
			.sorted(Comparator.comparing((ResolutionInput.Block r) -> -r.size()).thenComparing(ResolutionInput.Block::key))
			.map(r -> r.key() + " (" + r.size() + ")")
			.toList();
		return new Blocks(sorted, large);
	}

	/** A model and, when it was trained, the comparison levels of every candidate pair (in the candidates' order). */
	private record Trained(ModelStore.StoredModel model, List<int[]> levels) {
	}

	private Trained train(List<MatchRecord> records, Blocks candidates, Map<String, MatchRecord> byId,
			Instant now) {
		Comparators comparators = this.models.comparators();
		if (records.size() < this.properties.minTrainingRecords()) {
			return new Trained(new ModelStore.StoredModel(DefaultModel.of(comparators), DefaultModel.noTermFrequencies(), now,
					records.size(), true), null);
		}
		ModelTrainer.Training training = new ModelTrainer(comparators, MatchSettings.DEFAULT).train(records,
				candidates.pairs(), byId);
		log.info("Match model: {}", training.check().summary());
		return new Trained(new ModelStore.StoredModel(training.model(), training.termFrequencies(), now, records.size(),
				training.keptPrior()), training.levels());
	}

	/** Deterministic must-links and how many identifiers were too shared or blocklisted to give any. */
	record MustLinks(List<RecordPair> pairs, int guarded) {
	}

	/** Every deterministic must-link in the store ({@link MustLinkRule}). */
	MustLinks mustLinks() {
		return mustLinks(this.graph.query(this.sharedIdentifiers,
				Map.of("types", this.mustLinkRule.types(), "maxHolders", this.mustLinkRule.maxHolders()),
				MustLinkRule::shared));
	}

	private MustLinks mustLinks(List<ResolutionInput.SharedIdentifier> shared) {
		return this.mustLinkRule.apply(shared);
	}

	/** Records with no customer yet (none in normal operation), by the first record of their cluster. */
	private static Map<String, List<String>> unowned(List<StoredRecord> stored, List<List<String>> clusters) {
		Set<String> orphans = new HashSet<>();
		stored.stream().filter(r -> r.customerId() == null).forEach(r -> orphans.add(r.id()));
		Map<String, List<String>> byCluster = new LinkedHashMap<>();
		if (orphans.isEmpty()) {
			return byCluster;
		}
		for (List<String> cluster : clusters) {
			List<String> theirs = cluster.stream().filter(orphans::contains).toList();
			if (!theirs.isEmpty()) {
				byCluster.put(cluster.get(0), theirs);
			}
		}
		return byCluster;
	}

	private int apply(List<Reconciliation.ClusterChange> changes, Map<String, List<String>> orphans, Instant now,
			Set<String> touched, Writes writes) {
		String at = now.toString();
		// Every move before any merge: a merge takes all of a customer's records, so a customer absorbed in
		// one cluster must first give its other parts to theirs (else they ride along, across a ban too).
		// a change another writer overtook (full runs only; a real-time plan is checked whole) is left out, and
		// so is every merge touching its customers, which would otherwise take records it meant to move
		Set<String> skipped = new HashSet<>();
		int moved = inBatches(writes, changes, skipped,
				(tx, batch) -> batch.stream().mapToInt(change -> moveParts(tx, change, now, touched)).sum());
		// the batch's merges in one round trip: clusters are disjoint, so no merge names another's customers
		inBatches(writes, changes, skipped, (tx, batch) -> {
			List<io.skein.identity.IdentityWorkspace.PlannedMerge> merges = new java.util.ArrayList<>();
			for (Reconciliation.ClusterChange change : batch) {
				if (!change.absorbed().isEmpty() && java.util.Collections.disjoint(customersOf(change), skipped)) {
					merges.add(new io.skein.identity.IdentityWorkspace.PlannedMerge(change.survivor(), change.absorbed()));
				}
			}
			this.stitcher.mergeAllInto(tx, merges, "fuzzy match", List.of("resolution@" + at), now);
			merges.forEach(m -> {
				touched.add(m.survivorId());
				touched.addAll(m.absorbed());
			});
			return 0;
		});
		if (!orphans.isEmpty()) {
			writes.run(tx -> {
				List<Map<String, Object>> rows = new java.util.ArrayList<>();
				orphans.forEach((first, ids) -> {
					String customerId = this.mover.newCustomerId(tx, "", List.of(first));
					ids.forEach(id -> rows.add(Map.of("recordId", id, "customerId", customerId, "createdAt",
							IdentityStitcher.at(now), "reason", "resolution")));
				});
				rows.forEach(row -> touched.add((String) row.get("customerId")));
				tx.run(this.attach, Map.of("rows", rows, "now", IdentityStitcher.at(now)));
				return null;
			});
		}
		return moved;
	}

	/** Moves a change's records from the customers they leave to its survivor (a new customer if it has none). */
	private int moveParts(Graph.Tx tx, Reconciliation.ClusterChange change, Instant now, Set<String> touched) {
		String target = change.survivor();
		int count = 0;
		for (Reconciliation.Move move : change.moves()) {
			if (target == null) {
				target = this.mover.newCustomerId(tx, move.fromCustomer(), change.clusterRecords());
			}
			count += this.mover.move(tx, move.fromCustomer(), target, move.recordIds(), "resolution split", now)
				.records()
				.size();
			touched.add(move.fromCustomer());
			touched.add(target);
		}
		return count;
	}

	/**
	 * Applies a step to the changes, {@code WRITE_BATCH} changes a transaction (each change alone when a full run's
	 * batch meets a customer another writer changed since); sums what it returns.
	 */
	private int inBatches(Writes writes, List<Reconciliation.ClusterChange> changes, Set<String> skipped,
			java.util.function.ToIntBiFunction<Graph.Tx, List<Reconciliation.ClusterChange>> step) {
		int total = 0;
		for (int from = 0; from < changes.size(); from += WRITE_BATCH) {
			List<Reconciliation.ClusterChange> batch = changes.subList(from, Math.min(changes.size(), from + WRITE_BATCH));
			try {
				total += writes.run(tx -> step.applyAsInt(tx, batch));
			}
			catch (io.skein.identity.StaleCustomersException stale) {
				if (!writes.separate()) {
					throw stale;
				}
				// a full run read the store a while ago: each change of the batch alone, the overtaken ones left out
				for (Reconciliation.ClusterChange change : batch) {
					try {
						total += writes.run(tx -> step.applyAsInt(tx, List.of(change)));
					}
					catch (io.skein.identity.StaleCustomersException one) {
						skipped.addAll(customersOf(change));
						log.info("Resolution left a change out: {}", one.getMessage());
					}
				}
			}
		}
		return total;
	}

	private static Set<String> customersOf(Reconciliation.ClusterChange change) {
		Set<String> ids = new HashSet<>(change.absorbed());
		if (change.survivor() != null) {
			ids.add(change.survivor());
		}
		change.moves().forEach(m -> ids.add(m.fromCustomer()));
		return ids;
	}

	/** Replaces the stored MATCHED edges of the scope (every one for the whole store) with its LINK and REVIEW pairs. */
	private PairsMarker marker(ModelStore.StoredModel model) {
		return PairsMarker.of(model, this.models.thresholds(), this.properties.maxBlockSize());
	}

	/**
	 * Replaces the scope's MATCHED edges (every one for the whole store) with its LINK and REVIEW pairs and sets
	 * the markers; for a real-time scope, returns the active customer of each of its records after its writes.
	 */
	private Map<String, String> writeMatches(ResolutionScope scope, List<HeldMerge> held, Set<RecordPair> corroborating,
			PairsMarker marker, Instant now, Writes writes) {
		List<ScoredPair> scored = scope.scored();
		if (scope.whole()) {
			while (this.graph.write(tx -> tx.run(this.deleteMatches, Map.of("limit", 10_000)).get(0).get("deleted").asLong()) > 0) {
				// deleted in slices to keep transactions small
			}
		}
		Map<RecordPair, String> heldRule = new HashMap<>();
		held.forEach(h -> heldRule.put(h.edge().pair(),
				h.reason() == HeldMerge.Reason.BANNED ? "BANNED" : "HELD_" + h.reason().name()));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ScoredPair pair : scored) {
			if (pair.band() == Band.NONE) {
				continue;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("left", pair.leftId());
			row.put("right", pair.rightId());
			row.put("band", pair.band().name());
			row.put("total", pair.total());
			row.put("rule", heldRule.getOrDefault(pair.pair(), pair.band() == Band.LINK ? "FS_LINK" : "FS_REVIEW"));
			row.put("weights", weightsJson(pair));
			row.put("corroboratesNationalIds", corroborating.contains(pair.pair()) ? Boolean.TRUE : null);
			rows.add(row);
		}
		if (!scope.whole()) {
			List<String> ids = scope.records().stream().map(StoredRecord::id).toList();
			List<Map<String, Object>> markers = markers(scope, marker);
			Record replaced = writes.run(tx -> tx.run(this.replaceMatchesOf,
					Map.of("ids", ids, "matches", rows, "markers", markers, "now", IdentityStitcher.at(now)))).get(0);
			Map<String, String> owners = new HashMap<>();
			replaced.get("owners").asList(Value::asMap).forEach(o -> {
				if (o.get("customerId") != null) {
					owners.put((String) o.get("recordId"), (String) o.get("customerId"));
				}
			});
			return owners;
		}
		for (int from = 0; from < rows.size(); from += MATCH_BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + MATCH_BATCH));
			this.graph.write(tx -> tx.run(this.writeMatches, Map.of("matches", batch, "now", IdentityStitcher.at(now))));
		}
		List<Map<String, Object>> markers = markers(scope, marker);
		for (int from = 0; from < markers.size(); from += MATCH_BATCH) {
			List<Map<String, Object>> batch = markers.subList(from, Math.min(markers.size(), from + MATCH_BATCH));
			this.graph.write(tx -> tx.run(this.writePairsMarkers, Map.of("markers", batch)));
		}
		return Map.of();
	}

	/** The marker of every record scored against its whole blocks: its MATCHED edges are now complete. */
	private static List<Map<String, Object>> markers(ResolutionScope scope, PairsMarker marker) {
		List<Map<String, Object>> markers = new ArrayList<>();
		for (StoredRecord record : scope.records()) {
			if (scope.fullyScored().contains(record.id())) {
				String value = marker.of(record.match());
				if (!value.equals(record.pairsMarker())) {
					markers.add(Map.of("id", record.id(), "marker", value));
				}
			}
		}
		return markers;
	}

	static String weightsJson(ScoredPair pair) {
		List<Map<String, Object>> lines = new ArrayList<>();
		lines.add(Map.of("attribute", "prior", "level", "", "weight", round(pair.priorWeight())));
		pair.comparisons()
			.forEach(c -> lines.add(Map.of("attribute", c.attribute(), "level", c.level(), "weight", round(c.weight()))));
		return Json.write(lines);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
