package io.skein.orchestration;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.Json;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Journeys and their versions in the graph, through the named queries in {@code cypher/orchestration/}. */
@Component
class JourneyRepository {

	private final Graph graph;

	private final CypherQueries queries;

	JourneyRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.queries = queries;
		List.of("lock", "add-version", "all", "by-key", "versions", "set-status").forEach(this::q);
	}

	/**
	 * Stores {@code definition} (canonical JSON) as the next version of its journey, unless it equals the
	 * newest version; returns the version that holds it.
	 */
	int define(String key, Map<String, Object> definition, Instant now, String definedBy) {
		String json = Json.canonical(definition);
		return this.graph.write(tx -> {
			Record head = tx.run(q("lock"), Map.of("key", key, "now", utc(now))).get(0);
			int latest = head.get("latest").asInt();
			if (latest > 0 && json.equals(head.get("definition").asString(null))) {
				return latest;
			}
			Map<String, Object> params = new HashMap<>();
			params.put("key", key);
			params.put("version", latest + 1);
			params.put("definition", json);
			params.put("now", utc(now));
			params.put("definedBy", definedBy);
			tx.run(q("add-version"), params);
			return latest + 1;
		});
	}

	List<Journey> all() {
		return this.graph.query(q("all"), Map.of(), JourneyRepository::journey);
	}

	Optional<Journey> get(String key, Integer version) {
		Map<String, Object> params = new HashMap<>();
		params.put("key", key);
		params.put("version", version);
		return this.graph.query(q("by-key"), params, JourneyRepository::journey).stream().findFirst();
	}

	List<JourneyVersion> versions(String key) {
		return this.graph.query(q("versions"), Map.of("key", key), r -> new JourneyVersion(r.get("version").asInt(),
				Json.parseObject(r.get("definition").asString()), instant(r.get("definedAt")), r.get("definedBy").asString()));
	}

	boolean setStatus(String key, String status) {
		return !this.graph.write(tx -> tx.run(q("set-status"), Map.of("key", key, "status", status))).isEmpty();
	}

	private static Journey journey(Record r) {
		return new Journey(r.get("key").asString(), r.get("status").asString(), r.get("version").asInt(),
				r.get("latest").asInt(), Json.parseObject(r.get("definition").asString()), instant(r.get("definedAt")),
				r.get("definedBy").asString());
	}

	private NamedQuery q(String name) {
		return this.queries.get("orchestration/" + name);
	}

	private static Instant instant(Value value) {
		return value.asZonedDateTime().toInstant();
	}

	private static java.time.ZonedDateTime utc(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
