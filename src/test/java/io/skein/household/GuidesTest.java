package io.skein.household;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.skein.ingest.IngestService;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Neo4j Browser guide in {@code cypher/guides/} compiles, and the households guide shows a household. */
@SkeinTest
class GuidesTest {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Test
	void everyGuideStatementCompiles() throws IOException {
		List<Path> guides;
		try (Stream<Path> files = Files.list(Path.of("cypher/guides"))) {
			guides = files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
		}
		assertThat(guides).extracting(p -> p.getFileName().toString()).contains("05-households.cypher");
		try (Session session = this.driver.session()) {
			for (Path guide : guides) {
				for (String statement : statements(guide)) {
					session.run("EXPLAIN " + statement).consume();
				}
			}
		}
	}

	@Test
	void theHouseholdsGuideShowsAHousehold() throws IOException {
		for (String first : new String[] { "Meera", "Arjun" }) {
			this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", first, "firstName", first, "lastName",
					"Shah", "phone", "+91 98450 12345")), "records");
		}
		List<Record> rows;
		try (Session session = this.driver.session()) {
			rows = session.run(statements(Path.of("cypher/guides/05-households.cypher")).get(0)).list();
		}
		assertThat(rows).hasSize(2);
		assertThat(rows).allSatisfy(r -> assertThat(r.get("n").get("value").asString()).isEqualTo("+919845012345"));
	}

	private static List<String> statements(Path guide) throws IOException {
		StringBuilder text = new StringBuilder();
		for (String line : Files.readAllLines(guide, StandardCharsets.UTF_8)) {
			if (!line.strip().startsWith("//")) {
				text.append(line).append('\n');
			}
		}
		List<String> statements = new ArrayList<>();
		for (String statement : text.toString().split(";")) {
			if (!statement.isBlank()) {
				statements.add(statement.strip());
			}
		}
		return statements;
	}

}
