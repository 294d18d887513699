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

	private final NamedQuery neighbours;

	private final NamedQuery neighboursMatched;

	private final NamedQuery recordsByIds;

	private final NamedQuery sharedIdentifiers;

	ComponentFinder(CypherQueries queries, ResolutionProperties properties, MustLinkRule mustLinkRule,
			StewardConstraints stewardConstraints) {
		this.stewardConstraints = stewardConstraints;
		this.properties = properties;
		this.mustLinkRule = mustLinkRule;
		this.seeds = queries.get("identity/resolution-seeds");
		this.neighbours = queries.get("identity/resolution-neighbours");
		this.neighboursMatched = queries.get("identity/resolution-neighbours-matched");
		this.recordsByIds = queries.get("identity/records-by-ids");
		this.sharedIdentifiers = queries.get("identity/shared-identifiers-of");
	}

	/** The scope of the changed records as {@code tx} reads it, or empty when it grows past {@code maxRecords}. */
	Optional<ResolutionScope> find(Graph.Tx tx, Collection<String> changed, PairScorer scorer,
			PairsMarker marker, int maxRecords) {
		List<String> types = this.mustLinkRule.types();
		Record seedRow = tx.query(this.seeds, seedParameters(changed), r -> r).get(0);
		Set<String> start = new TreeSet<>(changed);
		start.addAll(seedRow.get("ids").asList(Value::asString));
		Set<String> rescore = new HashSet<>(changed);
		rescore.addAll(seedRow.get("candidatesChanged").asList(Value::asString));
		Map<String, StoredRecord> loaded = new HashMap<>();
		Set<String> scope = new LinkedHashSet<>();
		Map<RecordPair, ScoredPair> scored = new LinkedHashMap<>();
		Map<String, Set<String>> blockCandidates = new HashMap<>();
		Set<String> identifierKeys = new HashSet<>();
		List<Record> identifierRows = new ArrayList<>();
		Set<String> frontier = start;
		while (!frontier.isEmpty()) {
			scope.addAll(frontier);
			if (scope.size() > maxRecords) {
				return Optional.empty();
			}
			load(tx, frontier, loaded);
			List<String> full = new ArrayList<>();
			List<String> trusted = new ArrayList<>();
			frontier.forEach(id -> (trusts(marker, loaded.get(id), rescore) ? trusted : full).add(id));
			List<Record> rows = new ArrayList<>(fullRows(tx, full, types, blockCandidates));
			List<Record> matchedRows = trusted.isEmpty() ? List.of()
					: tx.query(this.neighboursMatched, Map.of("ids", trusted, "types", types), r -> r);
			Set<String> partners = new HashSet<>();
			matchedRows.forEach(row -> partners.addAll(row.get("candidates").asList(Value::asString)));
			load(tx, partners, loaded);
			List<String> redo = new ArrayList<>();
			for (Record row : matchedRows) {
				String id = row.get("id").asString();
				if (row.get("candidates").asList(Value::asString).stream()
					.allMatch(p -> stillCandidates(p, marker, loaded, rescore, blockCandidates))) {
					rows.add(row);
				}
				else {
					redo.add(id);
				}
			}
			rows.addAll(fullRows(tx, redo, types, blockCandidates));
			Set<String> wanted = new HashSet<>(frontier);
			rows.forEach(row -> wanted.addAll(row.get("candidates").asList(Value::asString)));
			load(tx, wanted, loaded);
			Set<String> next = new TreeSet<>();
			List<String> newKeys = new ArrayList<>();
			for (Record row : rows) {
				String id = row.get("id").asString();
				for (String other : row.get("candidates").asList(Value::asString)) {
					if (!blockCandidates.containsKey(id) && blockCandidates.containsKey(other)
							&& !blockCandidates.get(other).contains(id)) {
						continue; // a stored edge to a record rescored here that no longer shares a usable key
					}
					RecordPair pair = new RecordPair(id, other);
					ScoredPair score = scored.computeIfAbsent(pair, p -> scorer.score(loaded.get(p.leftId()).match(),
							loaded.get(p.rightId()).match()));
					if (score.band() == Band.LINK) {
						next.add(other);
					}
				}
				next.addAll(row.get("customerMates").asList(Value::asString));
				next.addAll(row.get("stewardMates").asList(Value::asString));
				row.get("identifierKeys").asList(Value::asString).stream().filter(identifierKeys::add).forEach(newKeys::add);
			}
			if (!newKeys.isEmpty()) {
				List<Record> shared = tx.query(this.sharedIdentifiers,
						Map.of("keys", newKeys, "maxHolders", this.mustLinkRule.maxHolders()), r -> r);
				identifierRows.addAll(shared);
				this.mustLinkRule.applyRows(shared).pairs().forEach(p -> {
					next.add(p.leftId());
					next.add(p.rightId());
				});
			}
			next.removeAll(scope);
			frontier = next;
		}
		load(tx, scope, loaded);
		identifierRows.sort(java.util.Comparator.comparing(r -> r.get("key").asString()));
		List<StoredRecord> records = scope.stream().sorted().map(loaded::get).filter(java.util.Objects::nonNull).toList();
		StewardConstraints.Constraints steward = this.stewardConstraints.touching(tx, scope);
		return Optional.of(new ResolutionScope(records, List.copyOf(scored.values()), scored.size(), List.of(),
				this.mustLinkRule.applyRows(identifierRows), steward.links(), steward.cannot(), false,
				Set.copyOf(blockCandidates.keySet())));
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

	/** Neighbour rows with candidates from the records' blocking keys; remembers each record's candidates. */
	private List<Record> fullRows(Graph.Tx tx, List<String> ids, List<String> types, Map<String, Set<String>> blockCandidates) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Record> rows = tx.query(this.neighbours,
				Map.of("ids", ids, "maxBlockSize", this.properties.maxBlockSize(), "types", types), r -> r);
		rows.forEach(row -> blockCandidates.put(row.get("id").asString(),
				new HashSet<>(row.get("candidates").asList(Value::asString))));
		return rows;
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
