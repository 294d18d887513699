package io.skein.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Component;

/**
 * Precomputed customer facts (properties {@code fact*} on the customer, see {@code segment/facts-refresh}):
 * the open accounts held with their product codes and balances, their count and total, and the latest
 * interaction. Segment rules that have no index-backed entry point read them instead of traversing records,
 * accounts and interactions ({@code RuleCompiler.withFacts}). The derived-state upkeep refreshes the
 * customers of every change before their segments are re-evaluated ({@link MembershipEvaluator}); a full
 * evaluation first refreshes customers without facts (loaded another way, erased) and those whose facts
 * went stale (an account held closed since).
 */
@Component
public class CustomerFacts {

	/** Customers refreshed per write transaction. */
	static final int CHUNK = 10_000;

	private final Graph graph;

	private final NamedQuery refresh;

	private final NamedQuery counts;

	private final NamedQuery stale;

	CustomerFacts(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.refresh = queries.get("segment/facts-refresh");
		this.counts = queries.get("segment/facts-counts");
		this.stale = queries.get("segment/facts-stale");
	}

	/** Recomputes the facts of these customers, as of {@code now}: a write transaction per {@link #CHUNK}. */
	public void refresh(List<String> customerIds, Instant now) {
		for (int from = 0; from < customerIds.size(); from += CHUNK) {
			List<String> chunk = customerIds.subList(from, Math.min(customerIds.size(), from + CHUNK));
			this.graph.write(tx -> {
				refresh(tx, chunk, now);
				return null;
			});
		}
	}

	/** As {@link #refresh(List, Instant)}, inside a write transaction of the caller's (the upkeep's slice). */
	public void refresh(Graph.Tx tx, List<String> customerIds, Instant now) {
		tx.run(this.refresh, Map.of("today", today(now), "customerIds", List.copyOf(customerIds)));
	}

	/** Recomputes missing and stale facts; returns how many customers were refreshed. */
	public int refreshStale(Instant now) {
		String today = today(now);
		boolean missing = this.graph.query(this.counts, Map.of(),
				r -> r.get("customers").asLong() != r.get("withFacts").asLong()).get(0);
		List<String> ids = this.graph.query(this.stale, Map.of("scan", missing, "today", today),
				r -> r.get("id").asString());
		refresh(ids, now);
		return ids.size();
	}

	private static String today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
	}

}
