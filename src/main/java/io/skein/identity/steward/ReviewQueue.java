package io.skein.identity.steward;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;
import io.skein.graphql.InvalidInputException;
import io.skein.identity.resolution.MatchExplainer;
import io.skein.identity.resolution.MatchExplanation;
import io.skein.identity.resolution.RecordSummary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * The steward's queue, read from the MATCHED edges of the last resolution: REVIEW-band pairs and links
 * the guard held, between records of different customers and not banned, highest total first. The cursor
 * is the position in that order, stable while no resolution or steward action changes the graph.
 */
@Service
public class ReviewQueue {

	private static final String CURSOR = "review";

	private final Graph graph;

	private final MatchExplainer explainer;

	private final NamedQuery queue;

	private final NamedQuery records;

	private final NamedQuery customers;

	private final NamedQuery depth;

	public ReviewQueue(Graph graph, CypherQueries queries, MatchExplainer explainer) {
		this.graph = graph;
		this.explainer = explainer;
		this.queue = queries.get("identity/review-queue");
		this.records = queries.get("identity/record-summaries");
		this.customers = queries.get("identity/customer-summaries");
		this.depth = queries.get("identity/review-queue-depth");
	}

	/** How many items the queue holds: its {@code totalCount}, in one counting query. */
	public long depth() {
		return this.graph.query(this.depth, Map.of(), r -> r.get("depth").asLong()).get(0);
	}

	public record CustomerSummary(String id, String status, List<RecordSummary> records) {
	}

	/**
	 * One pair to decide; {@code foundAt} is when resolution found it: real-time resolution right after the
	 * write that changed one of its records, or a full resolve.
	 */
	public record ReviewItem(String kind, String rule, double total, CustomerSummary left, CustomerSummary right,
			MatchExplanation explanation, ZonedDateTime foundAt, int position) {
	}

	public Connection<ReviewItem> page(Integer first, String after) {
		int size = Cursors.pageSize(first, 20, "first");
		List<String> cursor = Cursors.decode(after, CURSOR, 1, "after");
		int skip = 0;
		if (cursor != null) {
			try {
				skip = Integer.parseInt(cursor.get(0));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("after", "not a cursor returned by this connection");
			}
		}
		Record row = this.graph.query(this.queue, Map.of("skip", skip, "limit", size + 1), r -> r).get(0);
		int total = row.get("total").asInt();
		List<Value> items = row.get("items").asList(v -> v);
		int from = skip;
		List<ReviewItem> page = new java.util.ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Value item = items.get(i);
			page.add(new ReviewItem(item.get("band").asString().equals("REVIEW") ? "REVIEW" : "HELD",
					item.get("rule").asString(), item.get("total").asDouble(), customer(item.get("leftCustomer").asString()),
					customer(item.get("rightCustomer").asString()),
					i < size ? this.explainer.explain(item.get("left").asString(), item.get("right").asString()) : null,
					item.get("at").isNull() ? null : item.get("at").asZonedDateTime(), from + i + 1));
		}
		return Connection.of(page, size, it -> Cursors.encode(CURSOR, Integer.toString(it.position())), total);
	}

	private CustomerSummary customer(String id) {
		Record c = this.graph.query(this.customers, Map.of("ids", List.of(id)), r -> r).get(0);
		Map<String, RecordSummary> byId = new HashMap<>();
		List<String> ids = c.get("records").asList(Value::asString);
		this.graph.query(this.records, Map.of("ids", ids), RecordSummary::from).forEach(s -> byId.put(s.id(), s));
		return new CustomerSummary(id, c.get("status").asString(), ids.stream().sorted().map(byId::get).toList());
	}

}
