package io.skein.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

/**
 * A deep fingerprint of the graph for replay and fuzz tests: every node as its labels and properties,
 * every relationship as its type and properties between its end nodes' descriptions, sorted. Audit
 * entries are left out: appending one per mutation is their purpose; so are the change feed's
 * {@code ChangeEvent} nodes and the customers' {@code changeSeq} counter (io.skein.changefeed) for the same
 * reason; and store leases ({@code Lease}), which name the instance holding
 * them, not what the graph holds. Test-only Cypher, run directly.
 */
@Component
public class GraphFingerprint {

	private final Driver driver;

	private java.util.Set<String> ignored = java.util.Set.of();

	public GraphFingerprint(Driver driver) {
		this.driver = driver;
	}

	/** The same fingerprint without these properties, e.g. bookkeeping derived from a run's own time. */
	public GraphFingerprint ignoring(String... properties) {
		GraphFingerprint copy = new GraphFingerprint(this.driver);
		copy.ignored = java.util.Set.of(properties);
		return copy;
	}

	public List<String> of() {
		return of(value -> value);
	}

	/**
	 * The fingerprint with every property value passed through {@code values} first, e.g. to blank the
	 * wall-clock time of a run when two stores written at different times are compared.
	 */
	public List<String> of(java.util.function.UnaryOperator<Object> values) {
		List<String> lines = new ArrayList<>();
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) WHERE NOT n:AuditEntry AND NOT n:ChangeEvent AND NOT n:Lease RETURN labels(n) AS l, properties(n) AS p").forEachRemaining(
					r -> lines.add("N" + sorted(r.get("l").asList(Object::toString)) + canonical(r.get("p").asMap(), values)));
			session.run("""
					MATCH (a)-[x]->(b) WHERE NOT a:AuditEntry AND NOT b:AuditEntry
					RETURN labels(a) AS la, properties(a) AS pa, type(x) AS t, properties(x) AS px,
					       labels(b) AS lb, properties(b) AS pb""").forEachRemaining(r -> lines.add("R"
							+ sorted(r.get("la").asList(Object::toString)) + canonical(r.get("pa").asMap(), values) + "-["
							+ r.get("t").asString() + canonical(r.get("px").asMap(), values) + "]->"
							+ sorted(r.get("lb").asList(Object::toString)) + canonical(r.get("pb").asMap(), values)));
		}
		Collections.sort(lines);
		return lines;
	}

	/**
	 * The fingerprint of a store written by runs that started at {@code runsStarted}, with what those runs
	 * wrote from their own time blanked, so two stores written at different times compare: times at or after
	 * it, random UUIDs (a segment entry's id), merge ids of merges named after their time ({@code m-…},
	 * "resolution@<time>"); list properties compare as their sorted values (a record's
	 * {@code nationalIdVariants} are a set kept as a list, and two imports have been seen to store them in
	 * different orders).
	 */
	public List<String> ofRunsSince(java.time.Instant runsStarted) {
		return of(value -> isRunTime(value, runsStarted) ? "<run time>"
				: value instanceof String text && RANDOM_ID.matcher(text).matches() ? "<random id>"
						: value instanceof String text ? timeFree(text) : unordered(value));
	}

	private static final java.util.regex.Pattern RANDOM_ID = java.util.regex.Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final java.util.regex.Pattern MERGE_ID = java.util.regex.Pattern.compile("\\bm-[0-9a-f]{16}\\b");

	private static final java.util.regex.Pattern ISO_TIME = java.util.regex.Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

	private static Object unordered(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).map(GraphFingerprint::timeFree).sorted().toList();
		}
		return value;
	}

	private static String timeFree(String text) {
		return ISO_TIME.matcher(MERGE_ID.matcher(text).replaceAll("<merge id>")).replaceAll("<run time>");
	}

	private static boolean isRunTime(Object value, java.time.Instant runsStarted) {
		java.time.Instant instant = null;
		if (value instanceof java.time.ZonedDateTime time) {
			instant = time.toInstant();
		}
		else if (value instanceof java.time.OffsetDateTime time) {
			instant = time.toInstant();
		}
		else if (value instanceof java.time.LocalDateTime time) {
			instant = time.toInstant(java.time.ZoneOffset.UTC);
		}
		else if (value instanceof String text && text.length() >= 20 && text.length() <= 35 && Character.isDigit(text.charAt(0))) {
			try {
				instant = java.time.OffsetDateTime.parse(text).toInstant();
			}
			catch (java.time.format.DateTimeParseException notATime) {
				return false;
			}
		}
		return instant != null && !instant.isBefore(runsStarted);
	}

	/**
	 * The change feed's identity events (left out of the fingerprint): each customer's {@code CREATED} and
	 * {@code MERGED} events with the kind created and the ids absorbed (sorted), sorted; their ids and times
	 * are the run's own, and so are their sequence numbers when derived state is kept per ingest call
	 * ({@code skein.upkeep.mode=sync}: segment and purpose events interleave with the load's own).
	 */
	public List<String> identityChanges() {
		List<String> lines = new ArrayList<>();
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (e:ChangeEvent) WHERE e.type IN ['CREATED', 'MERGED']
					RETURN e.customerId AS customerId, e.type AS type, e.kind AS kind,
					       coalesce(e.absorbedIds, []) AS absorbed""").forEachRemaining(r -> lines.add(r.get("customerId").asString()
							+ " " + r.get("type").asString() + " " + r.get("kind").asString(null)
							+ " " + r.get("absorbed").asList(Object::toString).stream().sorted().toList()));
		}
		Collections.sort(lines);
		return lines;
	}

	/** Every string property value of every node, for "is this value still stored anywhere" checks. */
	public String allText() {
		StringBuilder text = new StringBuilder();
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) RETURN properties(n) AS p UNION ALL MATCH ()-[x]->() RETURN properties(x) AS p")
				.forEachRemaining(r -> text.append(r.get("p").asMap()).append('\n'));
		}
		return text.toString();
	}

	private static List<String> sorted(List<String> labels) {
		List<String> copy = new ArrayList<>(labels);
		Collections.sort(copy);
		return copy;
	}

	private String canonical(Map<String, Object> props, java.util.function.UnaryOperator<Object> values) {
		Map<String, Object> sorted = new TreeMap<>();
		props.forEach((k, v) -> {
			if (!this.ignored.contains(k) && !"changeSeq".equals(k)) {
				sorted.put(k, values.apply(v));
			}
		});
		return sorted.toString();
	}

}
