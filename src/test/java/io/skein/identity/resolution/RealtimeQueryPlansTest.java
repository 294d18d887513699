package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.ingest.IngestService;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query a real-time resolution runs per write starts from an index (record ids, block keys,
 * identifier keys, the model's id) and never scans a label or the whole store: its cost must not grow
 * with the store. Checked on the planner's own plans (EXPLAIN).
 */
@SkeinTest
class RealtimeQueryPlansTest {

	private static final Map<String, Object> PARAMETERS = Map.ofEntries(Map.entry("markers",
			List.of(Map.of("id", "r-1", "marker", "m"))), Map.entry("ids", List.of("r-1", "r-2")),
			Map.entry("keys", List.of("EMAIL|a")), Map.entry("types", List.of("EMAIL", "PHONE")),
			Map.entry("maxBlockSize", 200), Map.entry("maxHolders", 6),
			Map.entry("rows", List.of(Map.of("recordId", "r-1", "keys", List.of("dob|19800203")))),
			Map.entry("matches", List.of(Map.of("left", "r-1", "right", "r-2", "band", "LINK", "total", 3.0, "rule",
					"FS_LINK", "weights", "[]"))),
			Map.entry("now", "2026-01-01T00:00:00Z"), Map.entry("full", List.of("r-1")), Map.entry("trusted", List.of("r-2")),
			Map.entry("knownKeys", List.of("EMAIL|b")), Map.entry("loaded", List.of("r-1", "r-2")));

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	@Autowired
	IngestService ingest;

	static List<String> perWriteQueries() {
		return List.of("identity/model-version", "identity/take-resolution-gate", "identity/resolution-seeds",
				"identity/resolution-frontier", "identity/steward-constraints-of", "identity/write-pairs-markers", "identity/records-by-ids", "identity/write-block-keys",
				"identity/replace-matches-of", "identity/write-matches");
	}

	@ParameterizedTest
	@MethodSource("perWriteQueries")
	void startsFromAnIndexAndScansNoLabel(String name) {
		this.ingest.ingestRecords(List.of(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of())),
				"records");
		List<String> operators = new ArrayList<>();
		try (Session session = this.driver.session()) {
			collect(session.run("EXPLAIN " + this.queries.get(name).text(), PARAMETERS).consume().plan(), operators);
		}
		assertThat(operators).as(name).anyMatch(o -> o.contains("IndexSeek"))
			.noneMatch(o -> o.contains("AllNodesScan") || o.contains("NodeByLabelScan") || o.contains("IndexScan"))
			// a seek by status or type reads every active customer (or identifier of a type) per row: planned on
			// a small store, such a plan is kept while the store grows
			.noneMatch(o -> o.contains("IndexSeek") && (o.contains("(status)") || o.contains("(type)")));
	}

	/**
	 * Households, updated after every write, find the other records at an address by the records' address key:
	 * reading every record at the postcode grew with the store (124 ms a call at 100,000 people).
	 */
	@Test
	void householdsSeekAnAddressByItsKeyNotByItsPostcode() {
		this.ingest.ingestRecords(List.of(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of())),
				"records");
		List<String> operators = new ArrayList<>();
		try (Session session = this.driver.session()) {
			collect(session.run("EXPLAIN " + this.queries.get("household/shared-addresses").text(),
					Map.of("customerIds", List.of("c-1"), "maxRecords", 6)).consume().plan(), operators);
		}
		assertThat(operators).anyMatch(o -> o.contains("IndexSeek") && o.contains("(addressKey)"))
			.noneMatch(o -> o.contains("(postcode)"))
			.noneMatch(o -> o.contains("AllNodesScan") || o.contains("NodeByLabelScan") || o.contains("IndexScan"));
	}

	/** Each operator with its details, e.g. "NodeIndexSeek c:Customer(status) WHERE status = ...". */
	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).asString(""));
		plan.children().forEach(child -> collect(child, operators));
	}

}
