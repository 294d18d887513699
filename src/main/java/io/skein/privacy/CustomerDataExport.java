package io.skein.privacy;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.NotFoundException;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Everything Skein holds on a customer, as one JSON document for a data-subject access request. Record
 * payloads and event properties are parsed back into JSON; times are ISO-8601 strings.
 */
@Service
public class CustomerDataExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Graph graph;

	private final Clock clock;

	private final NamedQuery export;

	CustomerDataExport(Graph graph, CypherQueries queries, Clock clock) {
		this.graph = graph;
		this.clock = clock;
		this.export = queries.get("privacy/export-customer");
	}

	public Map<String, Object> export(String id) {
		List<Record> rows = this.graph.query(this.export, Map.of("id", id == null ? "" : id), r -> r);
		if (rows.isEmpty()) {
			throw new NotFoundException("id", "no customer " + id);
		}
		Record r = rows.get(0);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("exportedAt", ZonedDateTime.now(this.clock).toInstant().toString());
		out.put("requestedId", id);
		for (String key : List.of("customer", "absorbed", "records", "seenIdentifiers", "interactions", "messages",
				"merges", "erasures", "related")) {
			out.put(key, plain(r.get(key).asObject()));
		}
		return out;
	}

	/** Neo4j values as plain JSON: temporal values as strings, stored JSON text parsed. */
	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				String key = String.valueOf(k);
				if ((key.equals("payload") || key.equals("properties") || key.equals("attributes")) && v instanceof String s) {
					out.put(key, parse(s));
				}
				else {
					out.put(key, plain(v));
				}
			});
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			list.forEach(v -> out.add(plain(v)));
			return out;
		}
		if (value instanceof TemporalAccessor t) {
			return t.toString();
		}
		return value;
	}

	private static Object parse(String json) {
		try {
			return JSON.readValue(json, Object.class);
		}
		catch (RuntimeException ex) {
			return json;
		}
	}

}
