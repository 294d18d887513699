package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** The merges behind a page of customers, in one round trip. */
@Repository
class MergeRepository {

	private final Graph graph;

	private final NamedQuery merges;

	MergeRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.merges = queries.get("customer/merges");
	}

	Map<String, List<MergeView>> mergesOf(List<String> customerIds) {
		Map<String, List<MergeView>> byCustomer = new HashMap<>();
		this.graph.query(this.merges, Map.of("ids", customerIds), r -> r).forEach(r -> {
			Value m = r.get("merge");
			byCustomer.computeIfAbsent(r.get("customerId").asString(), k -> new ArrayList<>())
				.add(new MergeView(m.get("id").asString(), Rows.dateTime(m.get("at")), Rows.string(m.get("reason")),
						Rows.string(m.get("survivorId")), Rows.strings(m.get("absorbedIds")),
						Rows.strings(m.get("triggeredBy"))));
		});
		return byCustomer;
	}

}
