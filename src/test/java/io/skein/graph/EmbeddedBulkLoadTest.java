package io.skein.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A graph written as bulk-import files ({@link BulkImportFiles}) and loaded into a live embedded store
 * ({@link EmbeddedBulkLoad}) holds every value as Cypher would have stored it — text with quotes, commas, line
 * breaks and {@code ;}, typed times and dates, numbers, booleans, arrays, empty arrays, a property whose type
 * changes from row to row — beside what the store held before, with the schema built again.
 */
class EmbeddedBulkLoadTest {

	private static final NamedQuery SEED = new NamedQuery("test/seed", """
			CREATE (d:SegmentDefinition:Shipped {id: 'hni', tags: ['tier', 'wealth'], since: datetime('2026-01-02T03:04:05Z')})
			CREATE (k:ApiKey {id: 'k1'})
			CREATE (k)-[:MAY_READ {scope: 'all'}]->(d)""");

	private static final NamedQuery READ = new NamedQuery("test/read", """
			MATCH (n:Thing) RETURN n.id AS id, properties(n) AS props, labels(n) AS labels ORDER BY id""");

	private static final NamedQuery CARRIED = new NamedQuery("test/carried", """
			MATCH (k:ApiKey)-[r:MAY_READ]->(d:SegmentDefinition:Shipped)
			RETURN d.tags AS tags, d.since AS since, r.scope AS scope, count { (n) WHERE n:ApiKey OR n:SegmentDefinition } AS nodes""");

	private static final NamedQuery EDGES = new NamedQuery("test/edges", """
			MATCH (a:Thing)-[r:NEXT]->(b:Thing) RETURN a.id AS a, b.id AS b, r.weight AS weight ORDER BY a""");

	private static final NamedQuery CONSTRAINTS = new NamedQuery("test/constraints",
			"SHOW CONSTRAINTS YIELD name RETURN count(name) AS n");

	@TempDir
	Path dir;

	@Test
	void everyValueArrivesAsCypherWouldStoreItAndWhatTheStoreHeldStays() throws IOException, InterruptedException {
		ZonedDateTime utc = ZonedDateTime.of(2026, 11, 15, 9, 30, 0, 123_456_789, ZoneOffset.UTC);
		ZonedDateTime kolkata = ZonedDateTime.of(2026, 11, 15, 15, 0, 0, 0, ZoneId.of("Asia/Kolkata"));
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(row("t1", "text", "He said \"hi\", then left;\nsecond line", "at", utc, "born", LocalDate.of(1990, 2, 14),
				"count", 42L, "score", 0.125, "big", 1.5e10, "vip", true, "tags", List.of("a;b", "c,d", "\"q\""),
				"warnings", List.of(), "size", 7L));
		rows.add(row("t2", "text", "", "at", kolkata, "numbers", List.of(1L, 2L), "warnings", List.of("w"), "size", "large",
				"missing", null));
		rows.add(row("t3", "warnings", List.of(), "numbers", List.of()));
		BulkImportFiles files = new BulkImportFiles(this.dir.resolve("csv"));
		files.nodes(List.of("Thing", "Sample"), "Thing", "id", rows);
		files.relationships("NEXT", "Thing", "Thing", List.of(new BulkImportFiles.Relationship("t1", "t2", Map.of("weight", 0.5)),
				new BulkImportFiles.Relationship("t2", "t3")));
		assertThat(files.emptyLists()).as("t1 and t3 have empty arrays").isEqualTo(2);

		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(this.dir.resolve("store"), "localhost", 0, 16));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
			Graph graph = new Graph(driver, new SimpleMeterRegistry());
			graph.execute(SEED, Map.of());
			List<String> steps = new ArrayList<>();

			new EmbeddedBulkLoad(store, graph, new CypherQueries()).load(files, (step, work) -> {
				steps.add(step);
				work.run();
			});

			assertThat(steps).containsExactly(EmbeddedBulkLoad.BULK_IMPORT, EmbeddedBulkLoad.CARRIED, EmbeddedBulkLoad.SCHEMA);
			List<Record> things = graph.query(READ, Map.of(), r -> r);
			assertThat(things).extracting(r -> r.get("id").asString()).containsExactly("t1", "t2", "t3");
			Map<String, Object> t1 = things.get(0).get("props").asMap();
			assertThat(t1.get("text")).isEqualTo("He said \"hi\", then left;\nsecond line");
			assertThat(t1.get("at")).isEqualTo(utc);
			assertThat(t1.get("born")).isEqualTo(LocalDate.of(1990, 2, 14));
			assertThat(t1).containsEntry("count", 42L).containsEntry("score", 0.125).containsEntry("big", 1.5e10)
				.containsEntry("vip", true).containsEntry("size", 7L);
			assertThat(t1.get("tags")).isEqualTo(List.of("a;b", "c,d", "\"q\""));
			assertThat(t1.get("warnings")).as("an empty array, set after the import").isEqualTo(List.of());
			assertThat(things.get(0).get("labels").asList(org.neo4j.driver.Value::asString)).containsExactlyInAnyOrder("Thing", "Sample");
			Map<String, Object> t2 = things.get(1).get("props").asMap();
			assertThat(t2.get("text")).as("an empty text is a value").isEqualTo("");
			assertThat(((ZonedDateTime) t2.get("at")).getZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
			assertThat(t2).containsEntry("size", "large").containsEntry("numbers", List.of(1L, 2L)).doesNotContainKey("missing");
			Map<String, Object> t3 = things.get(2).get("props").asMap();
			assertThat(t3).containsEntry("warnings", List.of()).containsEntry("numbers", List.of())
				.doesNotContainKey(BulkImportFiles.EMPTY_LISTS_KEY);
			assertThat(things.get(2).get("labels").asList(org.neo4j.driver.Value::asString)).doesNotContain(BulkImportFiles.EMPTY_LISTS_LABEL);
			assertThat(graph.query(EDGES, Map.of(), r -> r.get("a").asString() + ">" + r.get("b").asString() + ":"
					+ (r.get("weight").isNull() ? "-" : r.get("weight").asDouble())))
				.containsExactly("t1>t2:0.5", "t2>t3:-");

			Record carried = graph.query(CARRIED, Map.of(), r -> r).get(0);
			assertThat(carried.get("tags").asList(org.neo4j.driver.Value::asString)).containsExactly("tier", "wealth");
			assertThat(carried.get("since").asZonedDateTime()).isEqualTo(ZonedDateTime.parse("2026-01-02T03:04:05Z"));
			assertThat(carried.get("scope").asString()).isEqualTo("all");
			assertThat(carried.get("nodes").asLong()).as("carried once").isEqualTo(2);
			assertThat(graph.query(CONSTRAINTS, Map.of(), r -> r.get("n").asLong()).get(0))
				.as("the migrations' constraints built on the imported graph").isPositive();
		}
	}

	@Test
	void anArrayItemHoldingTheDelimiterIsRefusedBeforeAnythingIsWritten() {
		BulkImportFiles files = new BulkImportFiles(this.dir.resolve("csv"));
		assertThatThrownBy(() -> files.nodes(List.of("Thing"), "Thing", "id",
				List.of(row("t1", "tags", List.of("a" + BulkImportFiles.ARRAY_DELIMITER + "b")))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("U+001F")
			.hasMessageNotContaining("a" + BulkImportFiles.ARRAY_DELIMITER + "b");
	}

	/**
	 * While the store is stopped ({@link Graph#whileStopped}) another user of it (a scheduled sweep) waits instead
	 * of failing once the driver's retries run out (one second here, the stop three).
	 */
	@Test
	void anotherUserOfTheStoreWaitsWhileItIsStopped() throws Exception {
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(this.dir.resolve("store"), "localhost", 0, 16));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none(), org.neo4j.driver.Config.builder()
					.withMaxTransactionRetryTime(1, java.util.concurrent.TimeUnit.SECONDS).build())) {
			Graph graph = new Graph(driver, new SimpleMeterRegistry());
			java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean(true);
			java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
			List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread sweep = new Thread(() -> {
				while (stopping.get()) {
					try {
						graph.query(CONSTRAINTS, Map.of(), r -> r.get("n").asLong());
						reads.incrementAndGet();
					}
					catch (RuntimeException ex) {
						failures.add(ex);
					}
				}
			});
			sweep.start();
			Thread.sleep(200);

			graph.whileStopped(() -> store.restartWith(home -> {
				try {
					Thread.sleep(3000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			graph.forgetBookmarks();
			int before = reads.get();
			while (reads.get() == before) {
				Thread.onSpinWait();
			}
			stopping.set(false);
			sweep.join();

			assertThat(failures).as("reads waited for the store").isEmpty();
			assertThat(reads.get()).isGreaterThan(before);
		}
	}

	/** The importer lists a file's directory to match its name: thousands of parts made a 20k-person load quadratic. */
	@Test
	void rowsOfAlternatingShapesShareAFewFiles() {
		BulkImportFiles files = new BulkImportFiles(this.dir.resolve("csv"));
		for (int batch = 0; batch < 50; batch++) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				int n = batch * 20 + i;
				rows.add(n % 2 == 0 ? row("e" + n, "value", (long) n, "type", "Login")
						: row("e" + n, "value", "text " + n, "page", "/loans", "attr" + (n % 3), true));
			}
			files.nodes(List.of("Thing"), "Thing", "id", rows);
		}
		BulkImport bulk = files.toImport();
		assertThat(bulk.nodes().stream().mapToInt(f -> f.files().size()).sum()).as("header and data files")
			.isLessThanOrEqualTo(10);
	}

	private static Map<String, Object> row(String id, Object... namesAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}

}
