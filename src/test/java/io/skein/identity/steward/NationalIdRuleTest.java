package io.skein.identity.steward;

import java.util.List;
import java.util.Map;

import io.skein.identity.resolution.People;
import io.skein.identity.resolution.ResolutionService;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No customer ever holds two national ids, through GraphQL: a record without one that shares an e-mail
 * with one person and a phone with another does not join them; a steward merge across two national ids is
 * refused unless forced. And the model behind every decision can be read ({@code matchModel}).
 */
@SkeinTest
class NationalIdRuleTest {

	private static final String INGEST = "mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status customerId } }";

	private static final String MERGE = "mutation($ids: [ID!]!, $force: Boolean) { merge(customerIds: $ids, reason: \"same man\", force: $force) { id after } }";

	@LocalServerPort
	int port;

	@Autowired
	GraphProbe probe;

	@Autowired
	ResolutionService resolution;

	@Test
	void aRecordWithoutAnIdDoesNotBridgeTwoPeopleWhoHaveOne() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		String father = ingest(http, People.record("core_banking", "F1", "Ramesh", "Iyer", "1955-04-01", "Chennai",
				Map.of("nationalId", "ABCPI1234K", "email", "iyer.family@example.in")));
		String son = ingest(http, People.record("core_banking", "S1", "Ramesh", "Iyer", "1985-04-01", "Chennai",
				Map.of("nationalId", "XYZPI9876Q", "phone", "+919840012345")));
		// the same name, no national id, the father's mailbox and the son's phone
		ingest(http, People.record("crm", "X1", "Ramesh", "Iyer", null, "Chennai",
				Map.of("email", "iyer.family@example.in", "phone", "+919840012345")));
		this.resolution.resolve();

		assertThat(this.probe.customerOf("core_banking", "F1")).isNotEqualTo(this.probe.customerOf("core_banking", "S1"));
		assertThat(List.of(father, son)).doesNotHaveDuplicates();
	}

	@Test
	void aStewardMergeAcrossTwoNationalIdsNeedsForce() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		String a = ingest(http, People.record("core_banking", "A1", "Kavya", "Rao", "1990-01-01", null,
				Map.of("nationalId", "KLMPR1111A")));
		String b = ingest(http, People.record("core_banking", "B1", "Kavya", "Rao", "1990-01-01", null,
				Map.of("nationalId", "QRSPR2222B")));
		assertThat(a).isNotEqualTo(b);

		GraphQlHttp.Response refused = http.post(MERGE, Map.of("ids", List.of(a, b)));
		assertThat(refused.errors()).hasSize(1);
		assertThat(refused.errors().get(0).path("message").asString()).contains("different national ids", "force");
		assertThat(refused.errors().get(0).path("extensions").path("field").asString()).isEqualTo("customerIds");
		assertThat(this.probe.customerOf("core_banking", "B1")).isEqualTo(b);

		JsonNode forced = http.post(MERGE, Map.of("ids", List.of(a, b), "force", true)).data().path("merge");
		assertThat(forced.path("id").asString()).startsWith("sa-");
		assertThat(this.probe.customerOf("core_banking", "B1")).isEqualTo(this.probe.customerOf("core_banking", "A1"));
		// the steward's decision survives a full resolution
		this.resolution.resolve();
		assertThat(this.probe.customerOf("core_banking", "B1")).isEqualTo(this.probe.customerOf("core_banking", "A1"));
	}

	@Test
	void theModelCanBeRead() {
		JsonNode model = new GraphQlHttp(this.port)
			.post("{ matchModel { defaulted priorWeight attributes { attribute levels { level m u weight } } } }", Map.of())
			.data()
			.path("matchModel");
		JsonNode given = null;
		for (JsonNode attribute : model.path("attributes")) {
			double total = 0;
			for (JsonNode level : attribute.path("levels")) {
				total += level.path("m").asDouble();
			}
			assertThat(total).as(attribute.path("attribute").asString()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
			if (attribute.path("attribute").asString().equals("givenName")) {
				given = attribute;
			}
		}
		assertThat(given).isNotNull();
		JsonNode different = given.path("levels").get(given.path("levels").size() - 1);
		assertThat(different.path("level").asString()).isEqualTo("DIFFERENT");
		assertThat(different.path("weight").asDouble()).isNegative();
		assertThat(model.path("priorWeight").asDouble()).isNegative();
	}

	private static String ingest(GraphQlHttp http, Map<String, Object> record) {
		GraphQlHttp.Response response = http.post(INGEST, Map.of("r", List.of(record)));
		assertThat(response.errors()).as("errors of %s", record).isNullOrEmpty();
		return response.data().path("ingestRecords").get(0).path("customerId").asString();
	}

}
