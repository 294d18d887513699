package io.skein.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Neo4j's bulk importer run in process on a live embedded store: the store stops, the importer replaces its
 * database with the CSV files' graph (typed properties, arrays, extra labels), the store starts again on the same
 * Bolt port, and the driver the application opened before reads the new graph and writes to it. A file naming a
 * node that no file holds fails the import, with the importer's words, and the store starts empty.
 */
class BulkImportTest {

	@TempDir
	Path dir;

	@Test
	void replacesALiveStoresGraphAndTheSameDriverUsesIt() throws IOException {
		Path csv = Files.createDirectories(this.dir.resolve("csv"));
		BulkImport bank = new BulkImport(List.of(
				new BulkImport.NodeFile(List.of("Customer"), write(csv, "customers.csv",
						"id:ID(Customer),status,createdAt:datetime", "c-1,ACTIVE,2026-11-15T09:30:00Z", "c-2,ACTIVE,2026-11-15T09:31:00Z")),
				new BulkImport.NodeFile(List.of("SourceRecord"), write(csv, "records.csv",
						"id:ID(Record),source,sourceId,blockKeys:string[],:LABEL", "r-1,crm,1,fam:rao\u001Fdob:1990,Person",
						"r-2,core,7,fam:rao,Person", "r-3,web,w,fam:shah,Person"))),
				List.of(new BulkImport.RelationshipFile("BELONGS_TO", write(csv, "belongs.csv",
						":START_ID(Record),:END_ID(Customer),reason", "r-1,c-1,stitched", "r-2,c-1,stitched", "r-3,c-2,new"))));
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(this.dir.resolve("store"), "localhost", 0, 16));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
			driver.executableQuery("CREATE (:Marker {written: 'before'})").execute();

			store.restartWith(bank::into);

			// a session of its own: the driver's shared bookmarks name transactions of the database replaced
			try (Session session = driver.session()) {
				List<Record> owners = session.executeRead(tx -> tx.run("""
						MATCH (r:SourceRecord:Person)-[b:BELONGS_TO]->(c:Customer)
						RETURN c.id AS customer, collect(r.sourceId) AS records, c.createdAt.minute AS minute,
						       head(collect(r.blockKeys)) AS keys, count { (:Marker) } AS markers
						ORDER BY customer""").list());
				assertThat(owners).extracting(r -> r.get("customer").asString()).containsExactly("c-1", "c-2");
				assertThat(owners.get(0).get("records").asList(v -> v.asString())).containsExactlyInAnyOrder("1", "7");
				assertThat(owners.get(0).get("minute").asInt()).as("a typed datetime").isEqualTo(30);
				assertThat(owners.get(1).get("keys").asList(v -> v.asString())).as("a string array").containsExactly("fam:shah");
				assertThat(owners.get(0).get("markers").asLong()).as("the graph before the import is gone").isZero();
				session.executeWriteWithoutResult(tx -> tx.run("MATCH (c:Customer {id: 'c-2'}) SET c.status = 'MERGED'").consume());
				long active = session.executeRead(tx -> tx.run("MATCH (c:Customer {status: 'ACTIVE'}) RETURN count(c) AS n")
					.single().get("n").asLong());
				assertThat(active).isEqualTo(1);
			}
		}
	}

	/** Without {@link Graph#forgetBookmarks()} its next session waits for a transaction the new database never had. */
	@Test
	void theApplicationsGraphForgetsTheReplacedDatabasesBookmarksAndCarriesOn() throws IOException {
		Path csv = Files.createDirectories(this.dir.resolve("csv"));
		BulkImport customers = new BulkImport(List.of(new BulkImport.NodeFile(List.of("Customer"),
				write(csv, "customers.csv", "id:ID(Customer),status", "c-1,ACTIVE", "c-2,ACTIVE"))), List.of());
		NamedQuery mark = new NamedQuery("test/mark", "UNWIND range(1, 5) AS i CREATE (:Marker {i: i})");
		NamedQuery count = new NamedQuery("test/count", "MATCH (n) RETURN count(n) AS n");
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(this.dir.resolve("store"), "localhost", 0, 16));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
			Graph graph = new Graph(driver, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
			for (int i = 0; i < 3; i++) {
				graph.execute(mark, java.util.Map.of());
			}
			assertThat(graph.query(count, java.util.Map.of(), r -> r.get("n").asLong())).containsExactly(15L);

			store.restartWith(customers::into);
			graph.forgetBookmarks();

			assertThat(graph.query(count, java.util.Map.of(), r -> r.get("n").asLong())).containsExactly(2L);
			graph.execute(mark, java.util.Map.of());
			assertThat(graph.query(count, java.util.Map.of(), r -> r.get("n").asLong())).containsExactly(7L);
		}
	}

	@Test
	void aRelationshipToANodeNoFileHoldsFailsTheImportAndTheStoreStartsEmpty() throws IOException {
		Path csv = Files.createDirectories(this.dir.resolve("csv"));
		BulkImport broken = new BulkImport(
				List.of(new BulkImport.NodeFile(List.of("Customer"), write(csv, "customers.csv", "id:ID(Customer)", "c-1"))),
				List.of(new BulkImport.RelationshipFile("MERGED_INTO", write(csv, "merged.csv",
						":START_ID(Customer),:END_ID(Customer)", "c-1,c-404"))));
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(this.dir.resolve("store"), "localhost", 0, 16));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
			assertThatThrownBy(() -> store.restartWith(broken::into)).isInstanceOf(IOException.class)
				.hasMessageContaining("bulk importer failed")
				.hasMessageContaining("c-404");
			try (Session session = driver.session()) {
				assertThat(session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong()).as("an empty store").isZero();
			}
		}
	}

	private static Path write(Path dir, String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines));
	}

}
