package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Repository;

/** The source records of a page of customers, in one round trip. */
@Repository
class RecordRepository {

	private final Graph graph;

	private final NamedQuery sourceRecords;

	RecordRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.sourceRecords = queries.get("customer/source-records");
	}

	/** For each customer id, its records newest first (an id without records maps to an empty list). */
	Map<String, List<RecordRow>> recordsOf(List<String> customerIds) {
		Map<String, List<RecordRow>> byCustomer = new HashMap<>();
		this.graph.query(this.sourceRecords, Map.of("ids", customerIds), r -> r).forEach(r -> {
			String customerId = r.get("customerId").asString();
			byCustomer.computeIfAbsent(customerId, k -> new ArrayList<>()).add(RecordRow.from(r.get("record"), customerId));
		});
		return byCustomer;
	}

}
