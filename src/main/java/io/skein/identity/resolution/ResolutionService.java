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
import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.Ids;
import io.skein.identity.PersonName;
import io.skein.identity.StitchingProperties;
import io.skein.identity.matching.Comparators;
import io.skein.identity.matching.ExpectationMaximisation;
import io.skein.identity.matching.GuardedClusterer;
import io.skein.identity.matching.Clustering;
import io.skein.identity.matching.HeldMerge;
import io.skein.identity.matching.MatchModel;
import io.skein.identity.matching.MatchRecord;
import io.skein.identity.matching.MatchSettings;
import io.skein.identity.matching.PairScorer;
import io.skein.identity.matching.RecordPair;
import io.skein.identity.matching.ScoredPair;
import io.skein.identity.matching.TermFrequencies;
import io.skein.identity.matching.UProbabilities;
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
 */
@Service
public class ResolutionService {

	private static final Logger log = LoggerFactory.getLogger(ResolutionService.class);

	private static final int WRITE_BATCH = 100;

	private static final int MATCH_BATCH = 2000;

	private final Graph graph;

	private final ResolutionProperties properties;

	private final StitchingProperties stitching;

	private final IdentifierNormaliser normaliser;

	private final ModelStore models;

	private final IdentityStitcher stitcher;

	private final RecordMover mover;

	private final IdentityWriteLock lock;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final NamedQuery records;

	private final NamedQuery blocks;

	private final NamedQuery sharedIdentifiers;

	private final NamedQuery stewardConstraints;

	private final NamedQuery deleteMatches;

	private final NamedQuery writeMatches;

	private final NamedQuery attach;

	public ResolutionService(Graph graph, CypherQueries queries, ResolutionProperties properties,
			StitchingProperties stitching, IdentifierNormaliser normaliser, ModelStore models,
			IdentityStitcher stitcher, RecordMover mover, IdentityWriteLock lock, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.graph = graph;
		this.properties = properties;
		this.stitching = stitching;
		this.normaliser = normaliser;
		this.models = models;
		this.stitcher = stitcher;
		this.mover = mover;
		this.lock = lock;
		this.clock = clock;
		this.records = queries.get("identity/resolution-records");
		this.blocks = queries.get("identity/candidate-blocks");
		this.sharedIdentifiers = queries.get("identity/shared-identifiers");
		this.stewardConstraints = queries.get("identity/steward-constraints");
		this.deleteMatches = queries.get("identity/delete-matches");
		this.writeMatches = queries.get("identity/write-matches");
		this.attach = queries.get("identity/attach-records");
	}

	public ResolutionReport resolve() {
		Set<String> touched = ConcurrentHashMap.newKeySet();
		ResolutionReport report = this.lock.locked(() -> resolveLocked(touched));
		// After the lock: derived-state upkeep for the customers whose records moved.
		return report;
	}

	private ResolutionReport resolveLocked(Set<String> touched) {
		long start = System.nanoTime();
		Instant now = this.clock.instant();
		List<StoredRecord> stored = this.graph.query(this.records, Map.of(), StoredRecord::from);
		Map<String, MatchRecord> byId = new HashMap<>();
		stored.forEach(r -> byId.put(r.id(), r.match()));
		List<MatchRecord> matchRecords = stored.stream().map(StoredRecord::match).toList();
		Blocks candidates = blocks();
		ModelStore.StoredModel model = train(matchRecords, candidates, byId, now);
		this.models.save(model);
		PairScorer scorer = this.models.scorer(model);
		List<ScoredPair> scored = candidates.pairs()
			.parallelStream()
			.map(p -> scorer.score(byId.get(p.leftId()), byId.get(p.rightId())))
			.toList();
		MustLinks mustLinks = mustLinks();
		GuardedClusterer.Constraints constraints = new GuardedClusterer.Constraints(stewardLinks(),
				mustLinks.pairs(), cannotLinks(), nationalIds(stored));
		Clustering clustering = new GuardedClusterer(this.properties.reviewThreshold(),
				this.properties.maxClusterSize())
			.cluster(byId.keySet(), scored, (a, b) -> scorer.score(byId.get(a), byId.get(b)).total(), constraints);
		Map<String, Reconciliation.Owner> owners = new HashMap<>();
		stored.forEach(r -> owners.put(r.id(), r.customerId() == null ? null
				: new Reconciliation.Owner(r.customerId(), r.customerCreatedAt(), r.firstSeenAt())));
		List<Reconciliation.ClusterChange> changes = Reconciliation.plan(clustering.clusters(), owners);
		int moved = apply(changes, unowned(stored, clustering.clusters()), now, touched);
		writeMatches(scored, clustering.heldForReview(), now);
		long n = stored.size();
		ResolutionReport report = new ResolutionReport(stored.size(), candidates.pairs().size(), n * (n - 1) / 2,
				candidates.oversized().size(), candidates.oversized().stream().limit(10).toList(), !model.defaulted(),
				mustLinks.pairs().size(), mustLinks.guarded(),
				(int) scored.stream().filter(p -> p.band() == Band.LINK).count(),
				(int) scored.stream().filter(p -> p.band() == Band.REVIEW).count(), clustering.heldForReview().size(),
				clustering.clusters().size(), changes.stream().mapToInt(c -> c.absorbed().size()).sum(),
				Reconciliation.splitCustomers(changes).size(), moved, (System.nanoTime() - start) / 1_000_000);
		log.info("Resolution: {} records, {} candidate pairs, {} clusters, {} merged, {} split", report.records(),
				report.candidatePairs(), report.clusters(), report.customersMerged(), report.customersSplit());
		if (!touched.isEmpty()) {
			this.events.publishEvent(new CustomersRestitched(List.copyOf(touched), "resolution"));
		}
		return report;
	}

	/** Candidate pairs in id order, and the keys too common to use ("key (size)", largest first). */
	record Blocks(List<RecordPair> pairs, List<String> oversized) {
	}

	Blocks blocks() {
		Set<RecordPair> pairs = new HashSet<>();
		List<Record> rows = this.graph.query(this.blocks, Map.of("maxBlockSize", this.properties.maxBlockSize()), r -> r);
		List<Record> oversized = new ArrayList<>();
		for (Record row : rows) {
			if (row.get("size").asLong() > this.properties.maxBlockSize()) {
				oversized.add(row);
				continue;
			}
			List<String> ids = new ArrayList<>(new TreeSet<>(row.get("recordIds").asList(Value::asString)));
			for (int a = 0; a < ids.size(); a++) {
				for (int b = a + 1; b < ids.size(); b++) {
					pairs.add(new RecordPair(ids.get(a), ids.get(b)));
				}
			}
		}
		List<RecordPair> sorted = new ArrayList<>(pairs);
		sorted.sort(Comparator.comparing(RecordPair::leftId).thenComparing(RecordPair::rightId));
		List<String> large = oversized.stream()
			.sorted(Comparator.comparing((Record r) -> -r.get("size").asLong()).thenComparing(r -> r.get("key").asString()))
			.map(r -> r.get("key").asString() + " (" + r.get("size").asLong() + ")")
			.toList();
		return new Blocks(sorted, large);
	}

	private ModelStore.StoredModel train(List<MatchRecord> records, Blocks candidates, Map<String, MatchRecord> byId,
			Instant now) {
		Comparators comparators = this.models.comparators();
		if (records.size() < this.properties.minTrainingRecords()) {
			return new ModelStore.StoredModel(DefaultModel.of(comparators), DefaultModel.noTermFrequencies(), now,
					records.size(), true);
		}
		MatchSettings settings = MatchSettings.DEFAULT;
		double[][] u = new UProbabilities(settings.uSampleSize(), settings.seed()).estimate(records, comparators);
		List<int[]> vectors = candidates.pairs()
			.stream()
			.map(p -> comparators.compare(byId.get(p.leftId()), byId.get(p.rightId())))
			.toList();
		long n = records.size();
		MatchModel model = new ExpectationMaximisation(settings.emIterations(), 1e-6).train(comparators, vectors, u,
				n * (n - 1) / 2);
		return new ModelStore.StoredModel(model, TermFrequencies.of(records, comparators), now, records.size(), false);
	}

	/** Deterministic must-links and how many identifiers were too shared or blocklisted to give any. */
	record MustLinks(List<RecordPair> pairs, int guarded) {
	}

	/**
	 * Pairs of records sharing a stitching identifier, under the stitching rules: types from
	 * {@code skein.stitching.identifier-types}, blocklisted values never, a phone only between records
	 * whose names agree, a household's phone or mailbox (two holders with conflicting given names) never,
	 * and an identifier held by more than {@code must-link-max-records} records
	 * never. (Different national ids are checked by the clusterer, on whole clusters.)
	 */
	MustLinks mustLinks() {
		List<String> types = this.stitching.identifierTypes().stream().map(Enum::name).toList();
		List<RecordPair> pairs = new ArrayList<>();
		int guarded = 0;
		for (Record row : this.graph.query(this.sharedIdentifiers,
				Map.of("types", types, "maxHolders", this.properties.mustLinkMaxRecords()), r -> r)) {
			IdentifierType type = IdentifierType.valueOf(row.get("type").asString());
			Identifier identifier = new Identifier(type, row.get("value").asString());
			List<Value> holders = row.get("records").asList(v -> v);
			if (holders.isEmpty() || this.normaliser.isBlocklisted(identifier) || household(type, holders)) {
				guarded++;
				continue;
			}
			for (int a = 0; a < holders.size(); a++) {
				for (int b = a + 1; b < holders.size(); b++) {
					Value left = holders.get(a);
					Value right = holders.get(b);
					if (type != IdentifierType.PHONE || name(left).agreesWith(name(right))) {
						pairs.add(new RecordPair(left.get("id").asString(), right.get("id").asString()));
					}
				}
			}
		}
		return new MustLinks(pairs, guarded);
	}

	/** A phone or mailbox whose holders include two conflicting given names is a household's: no must-links. */
	private static boolean household(IdentifierType type, List<Value> holders) {
		if (type != IdentifierType.EMAIL && type != IdentifierType.PHONE) {
			return false;
		}
		List<PersonName> names = holders.stream().map(ResolutionService::name).toList();
		for (int a = 0; a < names.size(); a++) {
			for (int b = a + 1; b < names.size(); b++) {
				if (names.get(a).conflictsWith(names.get(b))) {
					return true;
				}
			}
		}
		return false;
	}

	private static PersonName name(Value holder) {
		return PersonName.of(holder.get("firstName").asString(null), holder.get("lastName").asString(null));
	}

	/** Steward merges: the records of each merge chained in id order. */
	List<RecordPair> stewardLinks() {
		List<RecordPair> pairs = new ArrayList<>();
		for (Record row : this.graph.query(this.stewardConstraints, Map.of(), r -> r)) {
			if (row.get("kind").asString().equals("LINK")) {
				List<String> ids = new ArrayList<>(new TreeSet<>(row.get("left").asList(Value::asString)));
				for (int i = 1; i < ids.size(); i++) {
					pairs.add(new RecordPair(ids.get(0), ids.get(i)));
				}
			}
		}
		return pairs;
	}

	/** Bans and splits: each record to the records it must never share a customer with. */
	Map<String, Set<String>> cannotLinks() {
		Map<String, Set<String>> cannot = new HashMap<>();
		for (Record row : this.graph.query(this.stewardConstraints, Map.of(), r -> r)) {
			if (row.get("kind").asString().equals("BAN")) {
				List<String> left = row.get("left").asList(Value::asString);
				List<String> right = row.get("right").asList(Value::asString);
				for (String a : left) {
					for (String b : right) {
						cannot.computeIfAbsent(a, k -> new HashSet<>()).add(b);
						cannot.computeIfAbsent(b, k -> new HashSet<>()).add(a);
					}
				}
			}
		}
		return cannot;
	}

	private static Map<String, String> nationalIds(List<StoredRecord> stored) {
		Map<String, String> ids = new HashMap<>();
		stored.forEach(r -> {
			if (r.match().nationalId() != null) {
				ids.put(r.id(), r.match().nationalId());
			}
		});
		return ids;
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
			Set<String> touched) {
		String at = now.toString();
		// Every move before any merge: a merge takes all of a customer's records, so a customer absorbed in
		// one cluster must first give its other parts to theirs (else they ride along, across a ban too).
		int moved = inBatches(changes, (tx, change) -> {
			String target = change.survivor();
			int count = 0;
			for (Reconciliation.Move move : change.moves()) {
				if (target == null) {
					target = Ids.splitCustomer(move.fromCustomer(), change.clusterRecords(), at);
				}
				count += this.mover.move(tx, move.fromCustomer(), target, move.recordIds(), "resolution split", now)
					.records()
					.size();
				touched.add(move.fromCustomer());
				touched.add(target);
			}
			return count;
		});
		inBatches(changes, (tx, change) -> {
			if (!change.absorbed().isEmpty()) {
				this.stitcher.mergeInto(tx, change.survivor(), change.absorbed(), "fuzzy match",
						List.of("resolution@" + at), now);
				touched.add(change.survivor());
				touched.addAll(change.absorbed());
			}
			return 0;
		});
		if (!orphans.isEmpty()) {
			this.graph.write(tx -> {
				List<Map<String, Object>> rows = new java.util.ArrayList<>();
				orphans.forEach((first, ids) -> ids.forEach(id -> rows.add(Map.of("recordId", id, "customerId",
						Ids.splitCustomer("", List.of(first), at), "createdAt", IdentityStitcher.at(now), "reason",
						"resolution"))));
				rows.forEach(row -> touched.add((String) row.get("customerId")));
				tx.run(this.attach, Map.of("rows", rows, "now", IdentityStitcher.at(now)));
				return null;
			});
		}
		return moved;
	}

	/** Applies a step to each change, {@code WRITE_BATCH} changes a transaction; sums what it returns. */
	private int inBatches(List<Reconciliation.ClusterChange> changes,
			java.util.function.ToIntBiFunction<Graph.Tx, Reconciliation.ClusterChange> step) {
		int total = 0;
		for (int from = 0; from < changes.size(); from += WRITE_BATCH) {
			List<Reconciliation.ClusterChange> batch = changes.subList(from, Math.min(changes.size(), from + WRITE_BATCH));
			total += this.graph.write(tx -> {
				int count = 0;
				for (Reconciliation.ClusterChange change : batch) {
					count += step.applyAsInt(tx, change);
				}
				return count;
			});
		}
		return total;
	}

	private void writeMatches(List<ScoredPair> scored, List<HeldMerge> held, Instant now) {
		while (this.graph.write(tx -> tx.run(this.deleteMatches, Map.of("limit", 10_000)).get(0).get("deleted").asLong()) > 0) {
			// deleted in slices to keep transactions small
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
			rows.add(row);
		}
		for (int from = 0; from < rows.size(); from += MATCH_BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + MATCH_BATCH));
			this.graph.write(tx -> tx.run(this.writeMatches, Map.of("matches", batch, "now", IdentityStitcher.at(now))));
		}
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
