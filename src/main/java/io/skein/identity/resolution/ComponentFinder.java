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

	private final Graph graph;

	private final ResolutionProperties properties;

	private final MustLinkRule mustLinkRule;

	private final NamedQuery seeds;

	private final NamedQuery neighbours;

	private final NamedQuery recordsByIds;

	private final NamedQuery sharedIdentifiers;

	ComponentFinder(Graph graph, CypherQueries queries, ResolutionProperties properties, MustLinkRule mustLinkRule) {
		this.graph = graph;
		this.properties = properties;
		this.mustLinkRule = mustLinkRule;
		this.seeds = queries.get("identity/resolution-seeds");
		this.neighbours = queries.get("identity/resolution-neighbours");
		this.recordsByIds = queries.get("identity/records-by-ids");
		this.sharedIdentifiers = queries.get("identity/shared-identifiers-of");
	}

	/** The scope of the changed records, or empty when it grows past {@code maxRecords}. */
	Optional<ResolutionScope> find(Collection<String> changed, PairScorer scorer, List<RecordPair> allStewardLinks,
			Map<String, Set<String>> cannotLinks, int maxRecords) {
		List<String> types = this.mustLinkRule.types();
		Set<String> start = new TreeSet<>(changed);
		start.addAll(this.graph.query(this.seeds, seedParameters(changed), r -> r.get("ids").asList(Value::asString))
			.get(0));
		Map<String, StoredRecord> loaded = new HashMap<>();
		Set<String> scope = new LinkedHashSet<>();
		Map<RecordPair, ScoredPair> scored = new LinkedHashMap<>();
		Set<String> identifierKeys = new HashSet<>();
		List<Record> identifierRows = new ArrayList<>();
		Set<String> frontier = start;
		while (!frontier.isEmpty()) {
			scope.addAll(frontier);
			if (scope.size() > maxRecords) {
				return Optional.empty();
			}
			List<Record> rows = this.graph.query(this.neighbours, Map.of("ids", List.copyOf(frontier), "maxBlockSize",
					this.properties.maxBlockSize(), "types", types), r -> r);
			Set<String> wanted = new HashSet<>(frontier);
			rows.forEach(row -> wanted.addAll(row.get("candidates").asList(Value::asString)));
			load(wanted, loaded);
			Set<String> next = new TreeSet<>();
			List<String> newKeys = new ArrayList<>();
			for (Record row : rows) {
				String id = row.get("id").asString();
				for (String other : row.get("candidates").asList(Value::asString)) {
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
				List<Record> shared = this.graph.query(this.sharedIdentifiers,
						Map.of("keys", newKeys, "maxHolders", this.mustLinkRule.maxHolders()), r -> r);
				identifierRows.addAll(shared);
				this.mustLinkRule.apply(shared).pairs().forEach(p -> {
					next.add(p.leftId());
					next.add(p.rightId());
				});
			}
			next.removeAll(scope);
			frontier = next;
		}
		load(scope, loaded);
		identifierRows.sort(java.util.Comparator.comparing(r -> r.get("key").asString()));
		List<StoredRecord> records = scope.stream().sorted().map(loaded::get).filter(java.util.Objects::nonNull).toList();
		List<RecordPair> stewardLinks = allStewardLinks.stream()
			.filter(p -> scope.contains(p.leftId()) || scope.contains(p.rightId()))
			.toList();
		return Optional.of(new ResolutionScope(records, List.copyOf(scored.values()), scored.size(), List.of(),
				this.mustLinkRule.apply(identifierRows), stewardLinks, cannotLinks, false));
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

	private void load(Set<String> ids, Map<String, StoredRecord> loaded) {
		List<String> missing = ids.stream().filter(id -> !loaded.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			this.graph.query(this.recordsByIds, Map.of("ids", missing), StoredRecord::from)
				.forEach(r -> loaded.put(r.id(), r));
		}
	}

}
