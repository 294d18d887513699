package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.Connection;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** Interaction pages for a batch of keys (customer + filters + cursor), in one round trip. */
@Repository
class InteractionRepository {

	private final Graph graph;

	private final NamedQuery interactions;

	InteractionRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.interactions = queries.get("customer/interactions");
	}

	Map<InteractionPageKey, Connection<InteractionView>> pages(List<InteractionPageKey> keys) {
		List<Map<String, Object>> params = new ArrayList<>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			params.add(keys.get(i).asParameter(i));
		}
		Map<InteractionPageKey, Connection<InteractionView>> pages = new HashMap<>();
		keys.forEach(k -> pages.put(k, Connection.of(List.of(), k.first(), InteractionPageKey::cursorOf, null)));
		int limit = keys.stream().mapToInt(InteractionPageKey::first).max().orElse(0) + 1;
		this.graph.query(this.interactions, Map.of("keys", params, "limit", limit), r -> r).forEach(r -> {
			InteractionPageKey key = keys.get(r.get("index").asInt());
			List<InteractionView> rows = r.get("page").asList(InteractionRepository::view);
			pages.put(key, Connection.of(rows, key.first(), InteractionPageKey::cursorOf, null));
		});
		return pages;
	}

	static InteractionView view(Value i) {
		return new InteractionView(i.get("eventId").asString(), Rows.string(i.get("type")),
				Rows.string(i.get("channel")), Rows.dateTime(i.get("at")), Rows.string(i.get("category")),
				Rows.json(Rows.string(i.get("properties")), Map.of()));
	}

}
