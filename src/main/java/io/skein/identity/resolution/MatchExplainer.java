package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.matching.ComparisonWeight;
import io.skein.identity.matching.PairScorer;
import io.skein.identity.matching.ScoredPair;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Explains a pair with the stored model: scores the two records (for customers, every pair across their
 * records, keeping the best) and adds what the graph knows: steward bans and splits, merges the guard
 * held, national ids, shared identifiers, steward merges.
 */
@Service
public class MatchExplainer {

	private final Graph graph;

	private final ModelStore models;

	private final IdentityStitcher stitcher;

	private final NamedQuery records;

	private final NamedQuery customerRecords;

	private final NamedQuery facts;

	private final NamedQuery summaries;

	private final NamedQuery bannedCustomers;

	public MatchExplainer(Graph graph, CypherQueries queries, ModelStore models, IdentityStitcher stitcher) {
		this.graph = graph;
		this.models = models;
		this.stitcher = stitcher;
		this.records = queries.get("identity/records-by-ids");
		this.customerRecords = queries.get("identity/customer-records");
		this.facts = queries.get("identity/pair-facts");
		this.summaries = queries.get("identity/record-summaries");
		this.bannedCustomers = queries.get("identity/banned-customers");
	}

	/** @param a a source record id or a customer id (an absorbed id resolves to its survivor) */
	public MatchExplanation explain(String a, String b) {
		List<String> left = recordsOf(a, "a");
		List<String> right = recordsOf(b, "b");
		if (left.equals(right) && left.size() == 1) {
			throw new InvalidInputException("b", "a and b are the same source record " + left.get(0));
		}
		Map<String, StoredRecord> stored = new HashMap<>();
		List<String> all = new ArrayList<>(left);
		all.addAll(right);
		this.graph.query(this.records, Map.of("ids", all), StoredRecord::from).forEach(r -> stored.put(r.id(), r));
		PairScorer scorer = this.models.scorer();
		ScoredPair best = null;
		for (String l : left) {
			for (String r : right) {
				if (l.equals(r)) {
					continue;
				}
				ScoredPair pair = scorer.score(stored.get(l).match(), stored.get(r).match());
				if (best == null || pair.total() > best.total()) {
					best = pair;
				}
			}
		}
		if (best == null) {
			throw new InvalidInputException("b", "a and b have no two different source records to compare");
		}
		StoredRecord l = stored.get(best.leftId());
		StoredRecord r = stored.get(best.rightId());
		boolean linked = l.customerId() != null && l.customerId().equals(r.customerId());
		List<String> reasons = reasons(best, l, r, linked);
		Map<String, RecordSummary> summaries = new LinkedHashMap<>();
		this.graph.query(this.summaries, Map.of("ids", List.of(l.id(), r.id())), RecordSummary::from)
			.forEach(s -> summaries.put(s.id(), s));
		return new MatchExplanation(summaries.get(l.id()), summaries.get(r.id()), best.band().name(), best.total(),
				best.priorWeight(), best.comparisons(), linked, reasons);
	}

	private List<String> reasons(ScoredPair pair, StoredRecord l, StoredRecord r, boolean linked) {
		List<String> reasons = new ArrayList<>();
		reasons.add(linked ? "linked: both belong to customer " + l.customerId()
				: "not linked: customers " + l.customerId() + " and " + r.customerId());
		Record facts = this.graph.query(this.facts, Map.of("left", l.id(), "right", r.id()), x -> x).get(0);
		for (Value ban : facts.get("bans").asList(v -> v)) {
			reasons.add(("SPLIT".equals(ban.get("kind").asString(null)) ? "split apart by steward" : "banned by steward")
					+ " (action " + ban.get("actionId").asString(null) + ": " + ban.get("reason").asString("") + ")");
		}
		if (facts.get("bans").asList().isEmpty() && !linked && customersBanned(l.customerId(), r.customerId())) {
			reasons.add("banned by steward: their customers' records are banned from linking");
		}
		for (String rule : facts.get("rules").asList(Value::asString)) {
			if (rule.equals("HELD_WEAK_BRIDGE")) {
				reasons.add("held: weak bridge (the records across the two clusters do not agree on average)");
			}
			else if (rule.equals("HELD_TOO_LARGE")) {
				reasons.add("held: the merged cluster would be too large");
			}
		}
		if (facts.get("stewardLinked").asBoolean()) {
			reasons.add("merged by steward");
		}
		pair.comparisons()
			.stream()
			.filter(c -> c.attribute().equals("nationalId"))
			.map(ComparisonWeight::level)
			.forEach(level -> {
				if (level.equals("EXACT")) {
					reasons.add("same national id");
				}
				else if (level.equals("ONE_EDIT")) {
					reasons.add("national ids one keying error apart (fuzzy match only, never stitched)");
				}
				else if (level.equals("DIFFERENT")) {
					reasons.add("different national ids");
				}
			});
		facts.get("sharedTypes")
			.asList(Value::asString)
			.stream()
			.distinct()
			.forEach(type -> reasons.add("share " + type.toLowerCase().replace('_', ' ')));
		switch (pair.band()) {
			case LINK -> reasons.add(String.format("score %+.2f is in the LINK band (from %+.2f)", pair.total(),
					this.models.thresholds().link()));
			case REVIEW -> reasons.add(String.format("score %+.2f is in the REVIEW band (%+.2f to %+.2f): a steward should decide",
					pair.total(), this.models.thresholds().review(), this.models.thresholds().link()));
			default -> reasons.add(String.format("score %+.2f is below the review threshold %+.2f", pair.total(),
					this.models.thresholds().review()));
		}
		return reasons;
	}

	private boolean customersBanned(String a, String b) {
		if (a == null || b == null || a.equals(b)) {
			return false;
		}
		return !this.graph.query(this.bannedCustomers, Map.of("customerIds", List.of(a, b)), x -> x).isEmpty();
	}

	private List<String> recordsOf(String id, String field) {
		if (id == null || id.isBlank()) {
			throw new InvalidInputException(field, "must not be empty");
		}
		if (id.startsWith("r-")) {
			List<String> found = this.graph.query(this.records, Map.of("ids", List.of(id)), x -> x.get("id").asString());
			if (found.isEmpty()) {
				throw new NotFoundException(field, "no source record " + id);
			}
			return found;
		}
		String customer = this.graph.read(tx -> this.stitcher.resolve(tx, List.of(id))).get(id);
		if (customer == null) {
			throw new NotFoundException(field, "no source record or customer " + id);
		}
		List<String> ids = this.graph.query(this.customerRecords, Map.of("customerId", customer),
				x -> x.get("id").asString());
		if (ids.isEmpty()) {
			throw new InvalidInputException(field, "customer " + customer + " has no source records to compare");
		}
		return ids;
	}

}
