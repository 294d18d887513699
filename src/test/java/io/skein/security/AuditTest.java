package io.skein.security;

import java.util.Map;

import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import io.skein.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mutation leaves an audit entry: who, role, what (no PII), when, from where, how it ended. */
@SkeinTest
class AuditTest {

	private static final String LOG = """
			query($actor: String, $action: String, $first: Int, $after: String) {
			  auditLog(actor: $actor, action: $action, first: $first, after: $after) {
			    edges { node { id at actor role method action arguments outcome errorCount remoteAddress } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@Autowired
	ApiKeys keys;

	@LocalServerPort
	int port;

	GraphQlHttp admin;

	@BeforeEach
	void setUp() {
		this.admin = new GraphQlHttp(this.port);
	}

	@Test
	void mutationsAreAuditedWithoutPiiIncludingDeniedAndPartialOnes() {
		GraphQlHttp ingest = this.admin.withApiKey(this.keys.create("crm-feed", Role.INGEST).secret());
		ingest.post("mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }",
				Map.of("r", java.util.List.of(PiiFixture.record(), Map.of("source", "crm"))));
		ingest.post("mutation { createApiKey(name: \"sneaky\", role: ADMIN) { key } }", Map.of());

		JsonNode entries = this.admin.post(LOG, Map.of()).data().path("auditLog").path("edges");
		assertThat(entries).hasSize(2);
		JsonNode denied = entries.get(0).path("node");
		JsonNode partial = entries.get(1).path("node");
		assertThat(partial.path("action").asString()).isEqualTo("ingestRecords");
		assertThat(partial.path("actor").asString()).startsWith("key:crm-feed");
		assertThat(partial.path("role").asString()).isEqualTo("INGEST");
		assertThat(partial.path("method").asString()).isEqualTo("api-key");
		assertThat(partial.path("outcome").asString()).isEqualTo("PARTIAL");
		assertThat(partial.path("errorCount").asInt()).isEqualTo(1);
		assertThat(partial.path("arguments").asString()).isEqualTo("{\"records\":\"2 items\"}");
		assertThat(partial.path("remoteAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(denied.path("action").asString()).isEqualTo("createApiKey");
		assertThat(denied.path("outcome").asString()).isEqualTo("DENIED");
		assertThat(denied.path("arguments").asString()).contains("\"role\":\"ADMIN\"").contains("\"name\":\"text, 6 chars\"");
		assertThat(entries.toString()).doesNotContain("Asha").doesNotContain("example.in");
	}

	@Test
	void theLogFiltersByActorAndActionAndPages() {
		GraphQlHttp jwtAdmin = this.admin.withBearer(TestCredentials.token("ops-anna", java.util.List.of("ADMIN")));
		for (int i = 0; i < 3; i++) {
			jwtAdmin.post("mutation { revokeApiKey(id: \"k-missing\") { id } }", Map.of());
		}
		this.admin.post("mutation { createApiKey(name: \"svc\", role: VIEWER) { key } }", Map.of());

		JsonNode byAnna = this.admin.post(LOG, Map.of("actor", "ops-anna", "first", 2)).data().path("auditLog");
		assertThat(byAnna.path("edges")).hasSize(2);
		assertThat(byAnna.path("edges").get(0).path("node").path("outcome").asString()).isEqualTo("REJECTED");
		assertThat(byAnna.path("edges").get(0).path("node").path("method").asString()).isEqualTo("jwt");
		assertThat(byAnna.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		JsonNode next = this.admin.post(LOG, Map.of("actor", "ops-anna", "first", 2, "after",
				byAnna.path("pageInfo").path("endCursor").asString())).data().path("auditLog");
		assertThat(next.path("edges")).hasSize(1);
		assertThat(this.admin.post(LOG, Map.of("action", "createApiKey")).data().path("auditLog").path("edges")).hasSize(1);
	}

}
