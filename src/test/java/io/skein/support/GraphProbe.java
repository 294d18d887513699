package io.skein.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/** Reads the graph directly for assertions, through the named test queries in {@code cypher/test/}. */
@Component
public class GraphProbe {

	private final Graph graph;

	private final CypherQueries queries;

	public GraphProbe(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.queries = queries;
	}

	public List<Record> rows(String name, Map<String, ?> params) {
		return this.graph.query(this.queries.get("test/" + name), params, r -> r);
	}

	public Map<String, Long> summary() {
		Map<String, Long> summary = new LinkedHashMap<>();
		rows("graph-summary", Map.of()).forEach(r -> summary.put(r.get("k").asString(), r.get("c").asLong()));
		return summary;
	}

	public String customerOf(String source, String sourceId) {
		List<Record> rows = rows("customer-of-record", Map.of("source", source, "sourceId", sourceId));
		return rows.isEmpty() ? null : rows.get(0).get("id").asString();
	}

	public long activeCustomers() {
		return rows("active-customers", Map.of()).get(0).get("n").asLong();
	}

}
