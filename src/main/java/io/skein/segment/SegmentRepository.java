package io.skein.segment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.Json;
import io.skein.segment.rule.RuleCompiler;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessorWithDefaultValue;

import org.springframework.stereotype.Component;

/** The segment side of the graph, through the named queries in {@code cypher/segment/}. */
@Component
class SegmentRepository {

	/** Where the wave's compiled predicates go in evaluate-wave. */
	static final String MATCHED_PLACEHOLDER = "__MATCHED__";

	/** Where a rule compiled for a full evaluation goes in matching and count-matching. */
	static final String MATCHING_PLACEHOLDER = "__MATCHING__";

	static final String PREDICATE_PLACEHOLDER = "__PREDICATE__";

	private final Graph graph;

	private final CypherQueries queries;

	SegmentRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.queries = queries;
		List.of("all", "by-ids", "by-name", "create", "counts", "members", "history", "merged-into", "matching",
				"entering", "exiting", "enter", "exit", "evaluate-wave", "count-matching", "enter-first", "created").forEach(n -> queries.get("segment/" + n));
	}

	record Changes(List<String> entered, List<String> exited) {
	}

	List<Segment> all() {
		return this.graph.read(this::all);
	}

	List<Segment> all(Graph.Tx tx) {
		return tx.query(q("all"), Map.of(), SegmentRepository::segment);
	}

	List<Segment> byIds(List<String> ids) {
		return this.graph.query(q("by-ids"), Map.of("ids", ids), SegmentRepository::segment);
	}

	boolean nameTaken(String name) {
		return !this.graph.query(q("by-name"), Map.of("name", name), r -> r).isEmpty();
	}

	void create(Segment segment, boolean shipped) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", segment.id());
		params.put("name", segment.name());
		params.put("description", segment.description());
		params.put("kind", segment.kind());
		params.put("persona", segment.persona());
		params.put("rule", Json.canonical(segment.rule()));
		params.put("expression", segment.expression() == null ? null : Json.canonical(segment.expression()));
		params.put("dependsOn", segment.dependsOn());
		params.put("now", utc(segment.createdAt()));
		params.put("shipped", shipped);
		this.graph.execute(q("create"), params);
	}

	Map<String, Long> counts(List<String> ids) {
		Map<String, Long> counts = new HashMap<>();
		this.graph.query(q("counts"), Map.of("ids", ids), r -> counts.put(r.get("id").asString(), r.get("n").asLong()));
		return counts;
	}

	List<SegmentMember> members(String segmentId, String after, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("segmentId", segmentId);
		params.put("after", after);
		params.put("limit", limit);
		return this.graph.query(q("members"), params,
				r -> new SegmentMember(r.get("customerId").asString(), instant(r.get("since"))));
	}

	List<SegmentEvent> history(String segmentId, int limit) {
		return this.graph.query(q("history"), Map.of("segmentId", segmentId, "limit", limit),
				r -> new SegmentEvent(r.get("id").asString(), r.get("type").asString(), instant(r.get("at")),
						r.get("customerId").asString(null), r.get("segmentId").asString(),
						r.get("memberCount").isNull() ? null : r.get("memberCount").asInt()));
	}

	List<String> mergedInto(Graph.Tx tx, List<String> customerIds) {
		return tx.query(q("merged-into"), Map.of("customerIds", customerIds), r -> r.get("id").asString());
	}

	/**
	 * Re-evaluates a segment for every customer: finds, in the database, who matches and is not in and who is in
	 * and no longer matches (only those ids travel), then writes the difference in chunks of {@link #CHUNK}
	 * customers, each its own transaction, so a large segment never makes one huge transaction.
	 * {@code matching} is the rule compiled by {@code SetCompiler}, {@code predicate} the same rule's
	 * per-customer predicate ({@code RuleCompiler}); {@code parameters} serve both.
	 */
	Changes evaluateAll(String segmentId, String matching, String predicate, Map<String, Object> parameters, Instant now) {
		NamedQuery entering = withMatching(q("entering"), matching);
		NamedQuery exiting = withPredicate(q("exiting"), predicate);
		Map<String, Object> params = new HashMap<>(parameters);
		params.put("segmentId", segmentId);
		// one read transaction (retried whole, hence its own collections) so both reads see the same graph
		Changes diff = this.graph.read(tx -> new Changes(tx.query(entering, params, r -> r.get("id").asString()),
				tx.query(exiting, params, r -> r.get("id").asString())));
		return new Changes(inChunks("enter", segmentId, diff.entered(), now),
				inChunks("exit", segmentId, diff.exited(), now));
	}

	/**
	 * A new segment's first evaluation: the customers {@code matching} yields become members by the statement
	 * that finds them, committed in batches of 50,000 (the membership only), then one {@code CREATED} event
	 * records how many there are. Returns that count. Interrupted, it leaves part of the members and no CREATED
	 * event; the next re-check enters the rest one by one.
	 */
	long createMembers(String segmentId, String matching, Map<String, Object> parameters, Instant now) {
		Map<String, Object> params = new HashMap<>(parameters);
		params.put("segmentId", segmentId);
		params.put("now", utc(now));
		long members = this.graph.writeInBatches(withMatching(q("enter-first"), matching), params,
				r -> r.get("n").asLong()).get(0);
		this.graph.execute(q("created"), Map.of("segmentId", segmentId, "now", utc(now), "memberCount", members));
		return members;
	}

	/** Customers entered or exited per write transaction in a full evaluation. */
	static final int CHUNK = 10_000;

	private List<String> inChunks(String name, String segmentId, List<String> customerIds, Instant now) {
		List<String> written = new ArrayList<>();
		for (int from = 0; from < customerIds.size(); from += CHUNK) {
			Map<String, Object> params = Map.of("segmentId", segmentId, "now", utc(now), "customerIds",
					customerIds.subList(from, Math.min(customerIds.size(), from + CHUNK)));
			List<Record> rows = this.graph.write(tx -> tx.run(q(name), params));
			written.addAll(strings(rows.get(0).get("ids")));
		}
		return written;
	}

	/** One membership that changed: who, which segment. */
	record Change(String customerId, String segmentId) {
	}

	/**
	 * Re-evaluates a wave of segments (none depending on another) for some customers in one query;
	 * {@code predicates} are the segments' compiled predicates, compiled together so their parameters
	 * (all in {@code parameters}) do not collide.
	 */
	WaveChanges evaluateWave(Graph.Tx tx, List<String> segmentIds, List<String> predicates, Map<String, Object> parameters,
			List<String> customerIds, Instant now) {
		NamedQuery template = q("evaluate-wave");
		NamedQuery query = new NamedQuery(template.name(),
				template.text().replace(MATCHED_PLACEHOLDER, RuleCompiler.holding(predicates, "segmentIds")));
		Map<String, Object> params = new HashMap<>(parameters);
		params.put("segmentIds", segmentIds);
		params.put("customerIds", customerIds);
		params.put("now", utc(now));
		List<Record> rows = tx.run(query, params);
		if (rows.isEmpty()) {
			return new WaveChanges(List.of(), List.of());
		}
		return new WaveChanges(pairs(rows.get(0).get("entered")), pairs(rows.get(0).get("exited")));
	}

	record WaveChanges(List<Change> entered, List<Change> exited) {
	}

	private static List<Change> pairs(Value value) {
		return value.asList(v -> new Change(v.get(0).asString(), v.get(1).asString()));
	}

	/** How many active customers {@code matching} (a rule compiled by {@code SetCompiler}) yields. */
	long countMatching(String matching, Map<String, Object> parameters) {
		return this.graph.query(withMatching(q("count-matching"), matching), parameters, r -> r.get("n").asLong()).get(0);
	}

	/** The ids of the customers {@code matching} yields. */
	List<String> matchingIds(String matching, Map<String, Object> parameters) {
		return this.graph.query(withMatching(q("matching"), matching), parameters, r -> r.get("id").asString());
	}

	/** A template with the compiled rule in place; it holds no user text, only parameters. */
	static NamedQuery withMatching(NamedQuery template, String matching) {
		return new NamedQuery(template.name(), template.text().replace(MATCHING_PLACEHOLDER, matching));
	}

	/** A template with a rule's per-customer predicate in place; it holds no user text, only parameters. */
	static NamedQuery withPredicate(NamedQuery template, String predicate) {
		return new NamedQuery(template.name(), template.text().replace(PREDICATE_PLACEHOLDER, predicate));
	}

	private NamedQuery q(String name) {
		return this.queries.get("segment/" + name);
	}

	static Segment segment(MapAccessorWithDefaultValue r) {
		return new Segment(r.get("id").asString(), r.get("name").asString(), r.get("description").asString(null),
				r.get("kind").asString(), r.get("persona").asBoolean(false),
				// null only where a lean customer view left it out, the request not selecting it
				r.get("rule").isNull() ? null : Json.parseObject(r.get("rule").asString()),
				r.get("expression").isNull() ? null : Json.parseObject(r.get("expression").asString()),
				r.get("dependsOn").isNull() ? List.of() : strings(r.get("dependsOn")), instant(r.get("createdAt")));
	}

	private static List<String> strings(Value value) {
		return value.asList(Value::asString);
	}

	static Instant instant(Value value) {
		return value.isNull() ? null : value.asZonedDateTime().toInstant();
	}

	static java.time.ZonedDateTime utc(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
