package io.skein.orchestration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Journey instances, their step log and the outbox writes, through the named queries in {@code cypher/orchestration/}. */
@Component
class InstanceRepository {

	private final Graph graph;

	private final CypherQueries queries;

	InstanceRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.queries = queries;
		List.of("enrol", "due", "wake-on-event", "exit-erased", "advance", "customer-state", "goal-reached", "sent-count",
				"branch", "journey-record", "set-attribute", "instances-page", "instances-of-customers", "step-runs").forEach(this::q);
	}

	/** A customer to enrol for one trigger occurrence. */
	record Enrolment(String id, String customerId, String triggerKey, String activeKey, boolean holdout) {

		Map<String, Object> row() {
			return Map.of("id", this.id, "customerId", this.customerId, "triggerKey", this.triggerKey, "activeKey",
					this.activeKey, "holdout", this.holdout);
		}

	}

	/** Enrols in one transaction; returns the ids of the instances created (not those already there). */
	List<String> enrol(String journey, int version, String entry, List<Enrolment> rows, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("journey", journey);
		params.put("version", version);
		params.put("entry", entry);
		params.put("visits", io.skein.ingest.Json.canonical(Map.of(entry, 1)));
		params.put("now", JourneyInstance.utc(now));
		params.put("rows", rows.stream().map(Enrolment::row).toList());
		return this.graph.write(tx -> tx.query(q("enrol"), params, r -> r.get("id").asString()));
	}

	/** Candidates of a trigger query: customer id and occurrence. */
	List<String[]> candidates(NamedQuery query, Map<String, Object> params) {
		return this.graph.query(query, params, r -> new String[] { r.get("customerId").asString(), r.get("occurrence").asString() });
	}

	List<JourneyInstance> due(Instant now, int limit, java.util.Collection<String> skip) {
		return this.graph.query(q("due"), Map.of("now", JourneyInstance.utc(now), "limit", limit, "skip", List.copyOf(skip)),
				r -> JourneyInstance.of(r.get("instance")));
	}

	int wakeOnEvent(Instant now) {
		return this.graph.write(tx -> tx.run(q("wake-on-event"), Map.of("now", JourneyInstance.utc(now), "today",
				LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).toString()))).get(0).get("woken").asInt();
	}

	int exitErased(Instant now) {
		return this.graph.write(tx -> tx.run(q("exit-erased"), Map.of("now", JourneyInstance.utc(now)))).get(0).get("exited").asInt();
	}

	/**
	 * Moves an instance on from {@code step} after {@code steps} logged runs, with the step's log entry and
	 * message, in one transaction; false (nothing written) when the instance has moved on since.
	 */
	boolean advance(String id, String step, int steps, Map<String, Object> changes, Map<String, Object> run,
			Map<String, Object> message, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("step", step);
		params.put("steps", steps);
		params.put("changes", changes);
		params.put("runs", List.of(run));
		params.put("messages", message == null ? List.of() : List.of(message));
		params.put("now", JourneyInstance.utc(now));
		return !this.graph.write(tx -> tx.run(q("advance"), params)).isEmpty();
	}

	/** The active customer an id leads to, whether erased, a device for push, and the bounced channels. */
	record CustomerState(String id, boolean active, boolean erased, String device, List<Map<String, Object>> bounced) {
	}

	CustomerState customer(String customerId) {
		List<CustomerState> found = this.graph.query(q("customer-state"), Map.of("customerId", customerId),
				r -> new CustomerState(r.get("id").asString(), r.get("active").asBoolean(), r.get("erased").asBoolean(),
						r.get("device").asString(null), r.get("bounced").asList(Value::asMap).stream()
							.filter(b -> b.get("channel") != null)
							.map(b -> (Map<String, Object>) new HashMap<String, Object>(b))
							.toList()));
		return found.isEmpty() ? null : found.get(0);
	}

	boolean goalReached(String customerId, List<String> events, List<String> products, Instant since, LocalDate today) {
		List<Boolean> found = this.graph.query(q("goal-reached"), Map.of("customerId", customerId, "events", events,
				"products", products, "since", JourneyInstance.utc(since), "today", today.toString()),
				r -> r.get("reached").asBoolean());
		return !found.isEmpty() && found.get(0);
	}

	int sentCount(String customerId, String channel, String purpose, Instant since) {
		return this.graph.query(q("sent-count"), Map.of("customerId", customerId, "channel", channel, "purpose", purpose,
				"since", JourneyInstance.utc(since)), r -> r.get("sent").asInt()).get(0);
	}

	/** Each compiled rule's truth for one customer (the query text holds the predicates, never user text). */
	List<Boolean> branch(String predicates, Map<String, Object> parameters, String customerId) {
		NamedQuery template = q("branch");
		NamedQuery query = new NamedQuery(template.name(), template.text().replace("__CHECKS__", predicates));
		Map<String, Object> params = new HashMap<>(parameters);
		params.put("customerId", customerId);
		List<List<Boolean>> rows = this.graph.query(query, params, r -> r.get("checks").asList(Value::asBoolean));
		return rows.isEmpty() ? List.of() : rows.get(0);
	}

	/** Sets an attribute on the customer's skein-journeys record (made the first time), keeping the others set. */
	void setAttribute(String customerId, String attribute, Object value, Instant now) {
		this.graph.write(tx -> {
			List<Record> found = tx.run(q("journey-record"), Map.of("customerId", customerId));
			Map<String, Object> attributes = new java.util.TreeMap<>(found.isEmpty() || found.get(0).get("attributes").isNull()
					? Map.of() : io.skein.ingest.Json.parseObject(found.get(0).get("attributes").asString()));
			attributes.put(attribute, value);
			Map<String, Object> params = new HashMap<>();
			params.put("customerId", customerId);
			params.put("property", "attr." + attribute);
			params.put("value", value);
			params.put("attributes", io.skein.ingest.Json.canonical(attributes));
			params.put("now", JourneyInstance.utc(now));
			return tx.run(q("set-attribute"), params);
		});
	}

	List<JourneyInstance> page(String journey, String customerId, String status, ZonedDateTime afterAt, String afterId,
			int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("journey", journey);
		params.put("customerId", customerId);
		params.put("status", status);
		params.put("afterAt", afterAt);
		params.put("afterId", afterId);
		params.put("limit", limit);
		return this.graph.query(q("instances-page"), params, r -> JourneyInstance.of(r.get("instance")));
	}

	/** Per customer id, its instances and those of customers merged into it, newest first. */
	Map<String, List<JourneyInstance>> ofCustomers(List<String> customerIds) {
		Map<String, List<JourneyInstance>> out = new LinkedHashMap<>();
		this.graph.query(q("instances-of-customers"), Map.of("ids", customerIds), (Record r) -> {
			out.computeIfAbsent(r.get("customerId").asString(), k -> new ArrayList<>()).add(JourneyInstance.of(r.get("instance")));
			return null;
		});
		return out;
	}

	/** Per instance id, its step log in order. */
	Map<String, List<JourneyStepRun>> runs(List<String> instanceIds) {
		Map<String, List<JourneyStepRun>> out = new LinkedHashMap<>();
		this.graph.query(q("step-runs"), Map.of("ids", instanceIds), (Record r) -> {
			out.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>()).add(JourneyStepRun.of(r.get("run")));
			return null;
		});
		return out;
	}

	NamedQuery q(String name) {
		return this.queries.get("orchestration/" + name);
	}

}
