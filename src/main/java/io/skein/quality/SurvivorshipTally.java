package io.skein.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerViews;
import io.skein.customer.SurvivorshipContest;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Component;

/**
 * Survivorship wins per source and attribute: for every active customer whose records come from more than
 * one source, the golden profile is chosen as the 360 chooses it (same rules, same code) and each source
 * that was contested on an attribute is counted, with a win when the surviving value is one it offered.
 * Customers are read in batches of {@value #BATCH}.
 */
@Component
class SurvivorshipTally {

	static final int BATCH = 500;

	private final Graph graph;

	private final NamedQuery customers;

	private final CustomerViews views;

	SurvivorshipTally(Graph graph, CypherQueries queries, CustomerViews views) {
		this.graph = graph;
		this.customers = queries.get("quality/multi-source-customers");
		this.views = views;
	}

	/** By source: the attributes on which the source was contested at least once, in profile order. */
	Map<String, List<SurvivorshipWins>> bySource() {
		List<String> ids = this.graph.query(this.customers, Map.of(), r -> r.get("id").asString());
		Map<String, Map<String, int[]>> counts = new HashMap<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			Map<String, List<SurvivorshipContest>> contests = this.views
				.read(ids.subList(from, Math.min(ids.size(), from + BATCH)), SurvivorshipContest.FIELD);
			contests.values().forEach(list -> list.forEach(contest -> count(contest, counts)));
		}
		Map<String, List<SurvivorshipWins>> out = new HashMap<>();
		counts.forEach((source, byAttribute) -> {
			List<SurvivorshipWins> wins = new ArrayList<>();
			SurvivorshipContest.ATTRIBUTES.forEach(attribute -> {
				int[] n = byAttribute.get(attribute);
				if (n != null) {
					wins.add(SurvivorshipWins.of(attribute, n[0], n[1]));
				}
			});
			out.put(source, List.copyOf(wins));
		});
		return out;
	}

	private static void count(SurvivorshipContest contest, Map<String, Map<String, int[]>> counts) {
		for (String source : contest.offeredBySource().keySet()) {
			if (contest.contested(source)) {
				int[] n = counts.computeIfAbsent(source, s -> new HashMap<>()).computeIfAbsent(contest.attribute(), a -> new int[2]);
				n[0]++;
				if (contest.won(source)) {
					n[1]++;
				}
			}
		}
	}

}
