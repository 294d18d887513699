package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.matching.Band;
import io.skein.identity.matching.PairScorer;
import io.skein.identity.matching.RecordPair;
import io.skein.identity.matching.ScoredPair;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Finds the {@link ResolutionScope} of the records a write changed: starting from them (and from the
 * records the write can affect at a distance: members of a blocking key or holders of an identifier it
 * pushed over its limit, the other holders of their identifiers, and the records they were linked to
 * before, as well as what their values held together before the write, see {@link #seeds}), it adds, until nothing new comes,
 * every record reached by a LINK-band candidate pair (candidates from the records' {@code BlockKey}s,
 * under the same block-size limit as a full resolve, scored with the stored model), a must-link, a
 * steward merge or a shared customer. Clustering decomposes over such sets (a cluster never leaves
 * one), so reconciling it gives what a full resolve would give for these records. Gives up (empty) past
 * {@code maxRecords}.
 */
@Component
class ComponentFinder {

	private final ResolutionProperties properties;

	private final MustLinkRule mustLinkRule;

	private final StewardConstraints stewardConstraints;

	private final NamedQuery seeds;

	private final NamedQuery frontier;

	private final NamedQuery recordsByIds;

	ComponentFinder(CypherQueries queries, ResolutionProperties properties, MustLinkRule mustLinkRule,
			StewardConstraints stewardConstraints) {
		this.stewardConstraints = stewardConstraints;
		this.properties = properties;
		this.mustLinkRule = mustLinkRule;
		this.seeds = queries.get("identity/resolution-seeds");
		this.frontier = queries.get("identity/resolution-frontier");
		this.recordsByIds = queries.get("identity/records-by-ids");
	}

	/**
	 * The scope of the changed records as {@code tx} reads it, or empty when it grows past {@code maxRecords}.
	 * Each round of the walk is one round trip ({@code identity/resolution-frontier}: the frontier's neighbour
	 * rows, the shared identifiers they name and the records all of these name), bar the first round's records.
	 */
	Optional<ResolutionScope> find(Graph.Tx tx, Collection<String> changed, PairScorer scorer,
			PairsMarker marker, int maxRecords) {
		List<String> types = this.mustLinkRule.types();
		Record seedRow = tx.query(this.seeds, seedParameters(changed), r -> r).get(0);
		Set<String> start = new TreeSet<>(changed);
		start.addAll(seedRow.get("ids").asList(Value::asString));
		Set<String> rescore = new HashSet<>(changed);
		rescore.addAll(seedRow.get("candidatesChanged").asList(Value::asString));
		Walk walk = new Walk(tx, types);
		Set<String> scope = new LinkedHashSet<>();
		Map<RecordPair, ScoredPair> scored = new LinkedHashMap<>();
		List<Value> identifierRows = new ArrayList<>();
		Set<String> frontier = start;
		while (!frontier.isEmpty()) {
			scope.addAll(frontier);
			if (scope.size() > maxRecords) {
				return Optional.empty();
			}
			load(tx, frontier, walk.loaded);
			List<String> full = new ArrayList<>();
			List<String> trusted = new ArrayList<>();
			frontier.forEach(id -> (trusts(marker, walk.loaded.get(id), rescore) ? trusted : full).add(id));
			Map<String, Value> byId = walk.round(full, trusted);
			List<Value> rows = new ArrayList<>();
			full.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(rows::add);
			List<String> redo = new ArrayList<>();
			for (String id : trusted) {
				Value row = byId.get(id);
				if (row == null) {
					continue;
				}
				if (row.get("candidates").asList(Value::asString).stream()
					.allMatch(p -> stillCandidates(p, marker, walk.loaded, rescore, walk.blockCandidates))) {
					rows.add(row);
				}
				else {
					redo.add(id);
				}
			}
			if (!redo.isEmpty()) {
				Map<String, Value> redone = walk.round(redo, List.of());
				redo.stream().map(redone::get).filter(java.util.Objects::nonNull).forEach(rows::add);
			}
			Set<String> next = new TreeSet<>();
			for (Value row : rows) {
				String id = row.get("id").asString();
				for (String other : row.get("candidates").asList(Value::asString)) {
					if (!walk.blockCandidates.containsKey(id) && walk.blockCandidates.containsKey(other)
							&& !walk.blockCandidates.get(other).contains(id)) {
						continue; // a stored edge to a record rescored here that no longer shares a usable key
					}
					RecordPair pair = new RecordPair(id, other);
					ScoredPair score = scored.computeIfAbsent(pair, p -> scorer.score(walk.loaded.get(p.leftId()).match(),
							walk.loaded.get(p.rightId()).match()));
					if (score.band() == Band.LINK) {
						next.add(other);
					}
				}
				next.addAll(row.get("customerMates").asList(Value::asString));
				next.addAll(row.get("stewardMates").asList(Value::asString));
			}
			if (!walk.shared.isEmpty()) {
				identifierRows.addAll(walk.shared);
				this.mustLinkRule.applyRows(walk.shared).pairs().forEach(p -> {
					next.add(p.leftId());
					next.add(p.rightId());
				});
			}
			next.removeAll(scope);
			frontier = next;
		}
		load(tx, scope, walk.loaded);
		identifierRows.sort(java.util.Comparator.comparing(r -> r.get("key").asString()));
		List<StoredRecord> records = scope.stream().sorted().map(walk.loaded::get).filter(java.util.Objects::nonNull).toList();
		StewardConstraints.Constraints steward = this.stewardConstraints.touching(tx, scope);
		return Optional.of(new ResolutionScope(records, List.copyOf(scored.values()), scored.size(), List.of(),
				this.mustLinkRule.applyRows(identifierRows), steward.links(), steward.cannot(), false,
				Set.copyOf(walk.blockCandidates.keySet())));
	}

	/** What a scope walk has read so far, and its rounds ({@code identity/resolution-frontier}). */
	private final class Walk {

		private final Graph.Tx tx;

		private final List<String> types;

		final Map<String, StoredRecord> loaded = new HashMap<>();

		/** Each record expanded by its blocking keys, with the candidates they gave it. */
		final Map<String, Set<String>> blockCandidates = new HashMap<>();

		/** The stitching identifiers the rows named, by key. */
		private final Set<String> identifierKeys = new HashSet<>();

		/** The shared identifiers the last round named that no round before had (rows as identity/shared-identifiers gives them). */
		List<Value> shared = List.of();

		Walk(Graph.Tx tx, List<String> types) {
			this.tx = tx;
			this.types = types;
		}

		/**
		 * The neighbour rows of {@code full} (candidates from blocking keys, remembered) and {@code trusted} (stored
		 * MATCHED partners) by id; loads the records they name and sets {@link #shared}.
		 */
		Map<String, Value> round(List<String> full, List<String> trusted) {
			Map<String, Value> byId = new HashMap<>();
			if (full.isEmpty() && trusted.isEmpty()) {
				this.shared = List.of();
				return byId;
			}
			Map<String, Object> params = Map.of("full", full, "trusted", trusted, "types", this.types, "maxBlockSize",
					ComponentFinder.this.properties.maxBlockSize(), "maxHolders",
					ComponentFinder.this.mustLinkRule.maxHolders(), "knownKeys", List.copyOf(this.identifierKeys),
					"loaded", List.copyOf(this.loaded.keySet()));
			Record result = this.tx.query(ComponentFinder.this.frontier, params, r -> r).get(0);
			Set<String> expanded = new HashSet<>(full);
			for (Value row : result.get("rows").values()) {
				String id = row.get("id").asString();
				byId.put(id, row);
				if (expanded.contains(id)) {
					this.blockCandidates.put(id, new HashSet<>(row.get("candidates").asList(Value::asString)));
				}
				this.identifierKeys.addAll(row.get("identifierKeys").asList(Value::asString));
			}
			this.shared = result.get("shared").asList(v -> v);
			result.get("records").values().forEach(r -> this.loaded.putIfAbsent(r.get("id").asString(), StoredRecord.from(r)));
			return byId;
		}

	}

	/** A record not rescored by this write whose marker says its stored MATCHED edges are complete. */
	private static boolean trusts(PairsMarker marker, StoredRecord record, Set<String> rescore) {
		return record != null && !rescore.contains(record.id()) && marker.trusts(record);
	}

	/**
	 * Whether a trusted record's stored edge to {@code partner} still names a candidate pair: yes when the
	 * partner is trusted too (neither changed since), else only as the partner's blocks now say; unknown
	 * (false) when the partner must be rescored but was not expanded yet, and then the record is rescored.
	 */
	private static boolean stillCandidates(String partner, PairsMarker marker,
			Map<String, StoredRecord> loaded, Set<String> rescore, Map<String, Set<String>> blockCandidates) {
		if (blockCandidates.containsKey(partner)) {
			return true; // checked against the partner's current blocks when scored
		}
		return trusts(marker, loaded.get(partner), rescore);
	}

	/**
	 * The records the given ones hold together through their current values, read inside {@code tx}: called
	 * before a write replaces them, it names the records their old values held together (members of a blocking
	 * key back under its limit, holders of an identifier they leave), which must be resolved with them.
	 */
	List<String> seeds(Graph.Tx tx, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return tx.run(this.seeds, seedParameters(ids)).get(0).get("ids").asList(Value::asString);
	}

	private Map<String, Object> seedParameters(Collection<String> ids) {
		return Map.of("ids", List.copyOf(ids), "maxBlockSize", this.properties.maxBlockSize(), "maxHolders",
				this.mustLinkRule.maxHolders(), "types", this.mustLinkRule.types());
	}

	private void load(Graph.Tx tx, Set<String> ids, Map<String, StoredRecord> loaded) {
		List<String> missing = ids.stream().filter(id -> !loaded.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			tx.query(this.recordsByIds, Map.of("ids", missing), StoredRecord::from)
				.forEach(r -> loaded.put(r.id(), r));
		}
	}

}
