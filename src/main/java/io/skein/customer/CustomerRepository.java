package io.skein.customer;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Repository;

/** Finding customers: by id (through merges), by source record, the page walk and full-text search. */
@Repository
class CustomerRepository {

	private final Graph graph;

	private final NamedQuery byIds;

	private final NamedQuery bySourceRecord;

	private final NamedQuery page;

	private final NamedQuery search;

	CustomerRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.byIds = queries.get("customer/by-ids");
		this.bySourceRecord = queries.get("customer/by-source-record");
		this.page = queries.get("customer/page");
		this.search = queries.get("customer/search");
	}

	/** For each requested id that exists, the active customer it resolves to. */
	Map<String, CustomerView> byIds(List<String> ids) {
		Map<String, CustomerView> found = new LinkedHashMap<>();
		this.graph.query(this.byIds, Map.of("ids", ids), r -> r)
			.forEach(r -> found.put(r.get("requested").asString(), CustomerView.from(r)));
		return found;
	}

	CustomerView bySourceRecord(String source, String sourceId) {
		List<CustomerView> found = this.graph.query(this.bySourceRecord,
				Map.of("source", source, "sourceId", sourceId), CustomerView::from);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Up to {@code limit} active customers after the given (createdAt, id), oldest first. */
	Slice page(ZonedDateTime afterCreatedAt, String afterId, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("afterCreatedAt", afterCreatedAt == null ? null : afterCreatedAt.withZoneSameInstant(ZoneOffset.UTC));
		params.put("afterId", afterId);
		params.put("limit", limit);
		Record row = this.graph.query(this.page, params, r -> r).get(0);
		return new Slice(row.get("page").asList(CustomerView::from), row.get("total").asInt());
	}

	/**
	 * Customers whose records match the Lucene query, exact full-name matches of {@code name} (folded) first,
	 * then best first; {@code skip} hits are passed over.
	 */
	Slice search(String luceneQuery, String name, int skip, int limit) {
		Record row = this.graph
			.query(this.search, Map.of("query", luceneQuery, "name", name, "skip", skip, "limit", limit), r -> r)
			.get(0);
		return new Slice(row.get("page").asList(CustomerView::from), row.get("total").asInt());
	}

	/** Customers fetched for one page (possibly one more than asked) and how many there are in all. */
	record Slice(List<CustomerView> customers, int total) {
	}

}
