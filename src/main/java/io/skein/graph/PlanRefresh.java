package io.skein.graph;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Drops Neo4j's cached query plans once the store has grown so much that plans made before are likely wrong for it.
 * <p>
 * Neo4j plans a query again only when the statistics it was planned on diverged <em>and</em>
 * {@code skein.neo4j.min-replan-interval} (5 minutes, so that a growing store does not recompile its large ingest
 * queries over and over) has passed. A bulk import grows the store many times over within that interval, so the work
 * at its end (segment waves over every customer, households, purposes, drop-offs) ran plans made for a fraction of
 * the store: in the 2,000-person bench one segment wave took 21.7 s instead of 1.3 s. An import therefore asks here
 * after each batch and before its end, and the plans are dropped when the store holds {@link #GROWTH_FACTOR} times
 * the nodes it held when they were last dropped (or the import began), and {@link #MIN_GROWTH_NODES} more. Each query
 * is then planned once more, on its next run.
 * <p>
 * Only plans are dropped, never data, so this is safe with any number of instances. Against a Neo4j server whose
 * user may not clear caches (it needs the admin privilege) the refusal is logged and nothing else changes.
 */
@Component
public class PlanRefresh {

	private static final Logger log = LoggerFactory.getLogger(PlanRefresh.class);

	/** How many times the nodes of the last refresh (or of the work's start) the store must hold. */
	static final double GROWTH_FACTOR = 1.5;

	/** And how many more nodes, so that small stores and small imports never pay for planning again. */
	static final long MIN_GROWTH_NODES = 10_000;

	private final Graph graph;

	private final MeterRegistry meters;

	private final NamedQuery nodeCount;

	private final NamedQuery clearPlans;

	PlanRefresh(Graph graph, CypherQueries queries, MeterRegistry meters) {
		this.graph = graph;
		this.meters = meters;
		this.nodeCount = queries.get("graph/node-count");
		this.clearPlans = queries.get("graph/clear-plans");
	}

	/** The store's size, to compare with later. */
	public Size size() {
		return new Size(this.graph.query(this.nodeCount, Map.of(), r -> r.get("nodes").asLong()).get(0));
	}

	/**
	 * Drops the cached plans if the store has grown enough since {@code since} ({@code why} says what grew it, for the
	 * log); returns what happened and the size to compare with next time. Never fails the work that asks: plans are
	 * an optimisation, so a store that cannot answer or refuses is logged and left as it is.
	 */
	public Outcome refreshIfGrown(Size since, String why) {
		Size now;
		String message;
		try {
			now = size();
			if (now.nodes() < since.nodes() * GROWTH_FACTOR || now.nodes() - since.nodes() < MIN_GROWTH_NODES) {
				return new Outcome(false, null, since);
			}
			message = this.graph.query(this.clearPlans, Map.of(), r -> r.get("value").asString()).get(0);
		}
		catch (RuntimeException refused) {
			log.warn("{}: the store's query plans could not be checked or dropped ({}); Neo4j plans again once "
					+ "skein.neo4j.min-replan-interval has passed", why, refused.getMessage());
			return new Outcome(false, null, since);
		}
		this.meters.counter("skein.cypher.plan-refreshes").increment();
		log.info("{} grew the store from {} to {} nodes: query plans dropped, so what runs next is planned for the store "
				+ "as it is ({})", why, since.nodes(), now.nodes(), message);
		return new Outcome(true, message, now);
	}

	/** The store's node count at one moment. */
	public record Size(long nodes) {
	}

	/**
	 * @param refreshed whether the plans were dropped
	 * @param message Neo4j's answer when they were (how many plans it dropped)
	 * @param size what to compare with next time: the size now when refreshed, else the size given
	 */
	public record Outcome(boolean refreshed, String message, Size size) {
	}

}
