package io.skein.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * On the embedded store the application's transactions run in this process ({@link InProcessTransactions}):
 * the rows they read must be the rows Bolt gives for the same statements (nodes, relationships, paths, maps,
 * lists, temporal values, points, durations, arrays, nulls, parameters holding driver values), Neo4j's
 * errors must reach callers as the same driver exceptions with the same codes, and a transaction whose work
 * throws must leave nothing behind.
 */
@SkeinTest
class InProcessTransactionsTest {

	static final NamedQuery CREATE = new NamedQuery("test/create-probes",
			"CREATE (a:ParityProbe {s: 'x', i: 42, f: 1.5, flag: true, arr: ['a', 'b'], nums: [1, 2], d: date('2026-12-07'), "
					+ "dt: datetime('2026-12-07T10:15:30.123+01:00'), zoned: datetime('2026-12-07T10:15:30[Europe/London]'), "
					+ "ldt: localdatetime('2026-12-07T10:15:30'), t: time('10:15:30+01:00'), dur: duration('P1M2DT3H4.5S'), "
					+ "p: point({x: 1.0, y: 2.0}), geo: point({longitude: 4.9, latitude: 52.4})})"
					+ "-[:PROBE_LINK {w: 3}]->(b:ParityProbe:Second {s: 'y'})");

	static final NamedQuery READ = new NamedQuery("test/read-probes",
			"MATCH (a:ParityProbe {s: 'x'})-[r]->(b) "
					+ "RETURN a, r, b, a.s AS s, a.i AS i, a.f AS f, a.flag AS flag, a.arr AS arr, a.nums AS nums, a.d AS d, "
					+ "a.dt AS dt, a.zoned AS zoned, a.ldt AS ldt, a.t AS t, a.dur AS dur, a.p AS p, a.geo AS geo, "
					+ "null AS nothing, {x: [1, {y: b}], z: null} AS nested, "
					+ "COLLECT { MATCH (n:ParityProbe) RETURN n.s ORDER BY n.s } AS names, "
					+ "$param AS echoed, [$param.list[1], size($param.list)] AS picked");

	static final NamedQuery PATH = new NamedQuery("test/probe-path",
			"MATCH p = (:ParityProbe {s: 'x'})-->(:ParityProbe) RETURN p, nodes(p) AS ns, relationships(p) AS rs");

	static final NamedQuery DUPLICATE = new NamedQuery("test/duplicate-record",
			"CREATE (:SourceRecord {id: 'r-dup', source: 'parity', sourceId: $sourceId})");

	static final NamedQuery BAD = new NamedQuery("test/bad-syntax", "MATCH (n RETURN n");

	@Autowired
	Graph graph;

	@Autowired
	Driver driver;

	@Test
	void rowsReadInThisProcessAreTheRowsBoltGives() {
		assertThat(this.graph.runsInProcess()).as("the embedded store's transactions run in this process").isTrue();
		Graph overBolt = new Graph(this.driver, new SimpleMeterRegistry());
		assertThat(overBolt.runsInProcess()).isFalse();
		this.graph.execute(CREATE, Map.of());
		Map<String, Object> param = new LinkedHashMap<>();
		param.put("list", List.of("one", Values.value("two-as-driver-value"), 3L));
		param.put("map", Map.of("k", Values.value(7)));
		param.put("set", new TreeSet<>(List.of("a", "b")));
		Map<String, Object> params = Map.of("param", param);

		List<Object> inProcess = canonical(this.graph.query(READ, params, r -> r));
		List<Object> bolt = canonical(overBolt.query(READ, params, r -> r));
		assertThat(inProcess).hasSize(1).isEqualTo(bolt);
		Record row = this.graph.query(READ, params, r -> r).get(0);
		assertThat(row.get("a").asNode().labels()).containsExactly("ParityProbe");
		assertThat(row.get("r").asRelationship().type()).isEqualTo("PROBE_LINK");
		assertThat(row.get("picked").asList(Value::asObject)).containsExactly("two-as-driver-value", 3L);
		assertThat(row.get("dur").asIsoDuration().months()).isEqualTo(1);
		assertThat(row.get("geo").asPoint().srid()).isEqualTo(4326);

		assertThat(canonical(this.graph.query(PATH, Map.of(), r -> r))).hasSize(1)
			.isEqualTo(canonical(overBolt.query(PATH, Map.of(), r -> r)));
		assertThat(this.graph.query(PATH, Map.of(), r -> r.get("p").asPath().length())).containsExactly(1);
	}

	@Test
	void neo4jErrorsReachCallersAsTheDriverReportsThem() {
		Graph overBolt = new Graph(this.driver, new SimpleMeterRegistry());
		this.graph.execute(DUPLICATE, Map.of("sourceId", "1"));
		Neo4jException inProcess = catchThrowableOfType(Neo4jException.class,
				() -> this.graph.execute(DUPLICATE, Map.of("sourceId", "2")));
		Neo4jException bolt = catchThrowableOfType(Neo4jException.class,
				() -> overBolt.execute(DUPLICATE, Map.of("sourceId", "3")));
		assertThat(inProcess).isInstanceOf(ClientException.class).hasSameClassAs(bolt);
		assertThat(inProcess.code()).isEqualTo(bolt.code()).isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed");

		Neo4jException syntax = catchThrowableOfType(Neo4jException.class, () -> this.graph.query(BAD, Map.of(), r -> r));
		assertThat(syntax).isInstanceOf(ClientException.class);
		assertThat(syntax.code()).isEqualTo(catchThrowableOfType(Neo4jException.class,
				() -> overBolt.query(BAD, Map.of(), r -> r)).code()).isEqualTo("Neo.ClientError.Statement.SyntaxError");
	}

	@Test
	void aWriteWhoseWorkThrowsLeavesNothingAndItsExceptionPassesAsItIs() {
		IllegalStateException mine = new IllegalStateException("the caller's own failure");
		assertThatThrownBy(() -> this.graph.write(tx -> {
			tx.run(CREATE, Map.of());
			throw mine;
		})).isSameAs(mine);
		assertThat(this.graph.query(new NamedQuery("test/count-probes", "MATCH (n:ParityProbe) RETURN count(n) AS n"),
				Map.of(), r -> r.get("n").asLong())).containsExactly(0L);
	}

	/** Rows as plain structures: entities by element id, labels or type and properties, so two transports compare. */
	private static List<Object> canonical(List<Record> rows) {
		List<Object> out = new ArrayList<>();
		for (Record row : rows) {
			Map<String, Object> fields = new LinkedHashMap<>();
			row.keys().forEach(k -> fields.put(k, canonical(row.get(k))));
			out.add(fields);
		}
		return out;
	}

	private static Object canonical(Value value) {
		return switch (value.type().name()) {
			case "NODE" -> node(value.asNode());
			case "RELATIONSHIP" -> relationship(value.asRelationship());
			case "PATH" -> path(value.asPath());
			case "LIST" -> value.asList(InProcessTransactionsTest::canonical);
			case "MAP" -> new java.util.TreeMap<>(value.asMap(InProcessTransactionsTest::canonical));
			case "NULL" -> "<null>";
			default -> List.of(value.type().name(), value.asObject());
		};
	}

	private static Object node(Node n) {
		return List.of("node", n.elementId(), n.id(), new TreeSet<>((java.util.Collection<String>) n.labels()),
				new java.util.TreeMap<>(n.asMap(InProcessTransactionsTest::canonical)));
	}

	private static Object relationship(Relationship r) {
		return List.of("relationship", r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(),
				new java.util.TreeMap<>(r.asMap(InProcessTransactionsTest::canonical)));
	}

	private static Object path(Path p) {
		List<Object> parts = new ArrayList<>();
		p.nodes().forEach(n -> parts.add(node(n)));
		p.relationships().forEach(r -> parts.add(relationship(r)));
		return parts;
	}

}
