package io.skein.identity.golden;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 6: the rank an admin declares a source with ({@code declareSource}) decides
 * SOURCE_PRIORITY on the 360; re-declaring swaps the winner at once; a source only listed in
 * {@code skein.golden.source-priority} ({@code legacy_mainframe} in every {@link SkeinTest}) ranks below
 * every declared source and still above unlisted ones. Each customer's two records share an e-mail (so
 * they stitch) and offer different phones; the later record would win on recency alone.
 */
@SkeinTest
class DeclaredSourceRanksTest {

	private static final String PHONE = "query($id: ID!) { customer(id: $id) { profile { phone { value source rule } } } }";

	@Autowired
	IngestService ingest;

	@LocalServerPort
	int port;

	GraphQlHttp admin;

	@BeforeEach
	void setUp() {
		this.admin = new GraphQlHttp(this.port);
	}

	@Test
	void theRankOneSourceWinsAndReDeclaringSwapsTheWinner() {
		declare("core_banking", 1);
		declare("crm", 2);
		String asha = person("Asha", "core_banking", "+919800000001", "crm", "+919800000002");

		assertPhone(asha, "+919800000001", "core_banking");

		declare("core_banking", 2);
		declare("crm", 1);
		assertPhone(asha, "+919800000002", "crm");
	}

	@Test
	void aSourceOnlyInTheConfiguredListRanksBelowDeclaredOnes() {
		// before anything is declared the configured list decides, as it always did
		String asha = person("Asha", "web", "+919800000011", "legacy_mainframe", "+919800000012");
		assertPhone(asha, "+919800000012", "legacy_mainframe");
		String ravi = person("Ravi", "legacy_mainframe", "+919800000021", "web", "+919800000022");
		assertPhone(ravi, "+919800000021", "legacy_mainframe");

		// a declared source, even of the lowest rank, outranks it
		declare("web", 1000);
		assertPhone(asha, "+919800000011", "web");
		assertPhone(ravi, "+919800000022", "web");
	}

	/** Two records of one person (same e-mail), the second sent later; returns the customer's id. */
	private String person(String name, String first, String firstPhone, String second, String secondPhone) {
		String email = name.toLowerCase(java.util.Locale.ROOT) + ".rao@example.in";
		String id = this.ingest.ingestRecords(List.of(record(name, first, email, firstPhone)), "records").get(0).customerId();
		String same = this.ingest.ingestRecords(List.of(record(name, second, email, secondPhone)), "records").get(0)
			.customerId();
		assertThat(same).as("stitched by the shared e-mail").isEqualTo(id);
		return id;
	}

	private static Map<String, Object> record(String name, String source, String email, String phone) {
		return Map.of("source", source, "sourceId", name, "firstName", name, "lastName", "Rao", "email", email,
				"phone", phone);
	}

	private void declare(String source, int rank) {
		JsonNode declared = this.admin.ok("mutation($n: String!, $r: Int!) { declareSource(name: $n, rank: $r) { rank } }",
				Map.of("n", source, "r", rank));
		assertThat(declared.path("declareSource").path("rank").asInt()).isEqualTo(rank);
	}

	private void assertPhone(String customerId, String value, String source) {
		JsonNode phone = this.admin.ok(PHONE, Map.of("id", customerId)).path("customer").path("profile").path("phone");
		assertThat(phone.path("value").asString()).as(phone.toString()).isEqualTo(value);
		assertThat(phone.path("source").asString()).isEqualTo(source);
		assertThat(phone.path("rule").asString()).isEqualTo("SOURCE_PRIORITY(" + source + ")");
	}

}
