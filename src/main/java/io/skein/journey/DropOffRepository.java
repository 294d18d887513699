package io.skein.journey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerView;
import io.skein.customer.InteractionView;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.Json;
import io.skein.purpose.Activity;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** Drop-off reads and writes, a batch of customers per round trip. */
@Repository
class DropOffRepository {

	private final Graph graph;

	private final NamedQuery events;

	private final NamedQuery replace;

	private final NamedQuery page;

	private final NamedQuery customerIds;

	private final NamedQuery backlog;

	DropOffRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.events = queries.get("journey/journey-events");
		this.replace = queries.get("journey/replace-drop-offs");
		this.page = queries.get("journey/drop-offs-page");
		this.customerIds = queries.get("journey/customer-ids");
		this.backlog = queries.get("journey/drop-off-backlog");
	}

	long backlog() {
		return this.graph.query(this.backlog, Map.of(), r -> r.get("backlog").asLong()).get(0);
	}

	Map<String, List<Activity>> journeyEvents(Graph.Tx tx, List<String> ids, List<String> types) {
		Map<String, List<Activity>> byCustomer = new LinkedHashMap<>();
		tx.query(this.events, Map.of("ids", ids, "types", types), r -> r)
			.forEach(r -> byCustomer.put(r.get("customerId").asString(), r.get("interactions").asList(Activity::of)));
		return byCustomer;
	}

	/** What changed for one customer. */
	record Change(String customerId, List<String> detected, List<Map<String, Object>> cleared) {
	}

	List<Change> replace(Graph.Tx tx, Map<String, List<DropOff>> byCustomer, Instant now) {
		List<Map<String, Object>> rows = new ArrayList<>();
		byCustomer.forEach((customerId, dropOffs) -> rows.add(Map.of("customerId", customerId, "dropOffs",
				dropOffs.stream().map(DropOffRepository::parameter).toList())));
		return tx.query(this.replace, Map.of("customers", rows, "now", at(now)),
				r -> new Change(r.get("customerId").asString(), r.get("detected").asList(Value::asString),
						r.get("cleared").asList(Value::asMap)));
	}

	List<DropOffView> page(DropOffKind kind, Instant since, Instant afterAt, String afterId, int limit, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", kind == null ? null : kind.name());
		params.put("since", since == null ? null : at(since));
		params.put("afterAt", afterAt == null ? null : at(afterAt));
		params.put("afterId", afterId);
		params.put("limit", limit);
		return this.graph.query(this.page, params, r -> view(r.get("dropOff"), r.get("customer"),
				r.get("lastInteraction"), now));
	}

	List<String> customerIds(String after, int limit) {
		return this.graph.query(this.customerIds, Map.of("after", after, "limit", limit), r -> r.get("id").asString());
	}

	private static Map<String, Object> parameter(DropOff d) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("kind", d.kind().name());
		props.put("startedAt", at(d.startedAt()));
		props.put("lastStep", d.lastStep());
		props.put("lastStepAt", at(d.lastStepAt()));
		props.put("silenceDays", d.silenceDays());
		return Map.of("id", d.id(), "props", props, "startEventId", d.startEventId(), "lastEventId", d.lastEventId());
	}

	private static DropOffView view(Value d, Value c, Value i, Instant now) {
		ZonedDateTime last = d.get("lastStepAt").asZonedDateTime();
		CustomerView customer = new CustomerView(c.get("id").asString(), c.get("kind").asString(null),
				c.get("createdAt").isNull() ? null : c.get("createdAt").asZonedDateTime());
		InteractionView interaction = i.isNull() ? null
				: new InteractionView(i.get("eventId").asString(), i.get("type").asString(null),
						i.get("channel").asString(null), i.get("at").asZonedDateTime(), i.get("category").asString(null),
						i.get("properties").isNull() ? Map.of() : Json.parse(i.get("properties").asString()));
		return new DropOffView(d.get("id").asString(), customer, DropOffKind.valueOf(d.get("kind").asString()),
				d.get("startedAt").asZonedDateTime(), d.get("lastStep").asString(null), last,
				(int) Math.max(0, java.time.Duration.between(last.toInstant(), now).toDays()),
				d.get("detectedAt").asZonedDateTime(), interaction);
	}

	private static ZonedDateTime at(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
