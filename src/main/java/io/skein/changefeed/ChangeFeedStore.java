package io.skein.changefeed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Component;

/** The outbox of change events in the store: pending ones in publishing order, marking, retention. */
@Component
public class ChangeFeedStore {

	private final Graph graph;

	private final NamedQuery pending;

	private final NamedQuery markPublished;

	private final NamedQuery purge;

	private final NamedQuery customerEvents;

	ChangeFeedStore(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.pending = queries.get("changefeed/pending");
		this.markPublished = queries.get("changefeed/mark-published");
		this.purge = queries.get("changefeed/purge");
		this.customerEvents = queries.get("changefeed/customer-events");
	}

	/**
	 * Unpublished events of up to {@code customers} customers (those waiting longest), at most
	 * {@code perCustomer} each, customer by customer in seq order.
	 */
	public List<ChangeEvent> pending(int customers, int perCustomer) {
		return this.graph.query(this.pending, Map.of("scan", customers * 4, "customers", customers, "perCustomer", perCustomer),
				r -> ChangeEvent.of(r.get("event").asMap()));
	}

	/** Marks events published at {@code now}. */
	public void markPublished(List<String> eventIds, Instant now) {
		if (!eventIds.isEmpty()) {
			this.graph.execute(this.markPublished, Map.of("ids", eventIds, "now", now.atZone(ZoneOffset.UTC)));
		}
	}

	/** Deletes up to {@code limit} events recorded before {@code before}: published ones, or all when {@code unpublished}. */
	public int purge(Instant before, boolean unpublished, int limit) {
		return this.graph.write(tx -> tx.run(this.purge, Map.of("before", before.atZone(ZoneOffset.UTC), "unpublished",
				unpublished, "limit", limit))).get(0).get("purged").asInt();
	}

	/** The events kept for a customer, in seq order. */
	public List<ChangeEvent> eventsOf(String customerId) {
		return this.graph.query(this.customerEvents, Map.of("customerId", customerId),
				r -> ChangeEvent.of(r.get("event").asMap()));
	}

}
