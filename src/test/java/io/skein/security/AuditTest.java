package io.skein.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import io.skein.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation leaves an audit entry: who, role, what (no PII), when, from where, how it ended; so does
 * every request refused before GraphQL, up to an allowance per address and minute.
 */
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

	@Autowired
	TestClock clock;

	@Autowired
	MeterRegistry meters;

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
		assertThat(partial.path("arguments").asString())
			.isEqualTo("{\"answered\":2,\"records\":\"2 items\",\"results\":{\"CREATED\":1,\"REJECTED\":1}}");
		assertThat(partial.path("remoteAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(denied.path("action").asString()).isEqualTo("createApiKey");
		assertThat(denied.path("outcome").asString()).isEqualTo("DENIED");
		assertThat(denied.path("arguments").asString()).contains("\"role\":\"ADMIN\"").contains("\"name\":\"text, 6 chars\"");
		assertThat(entries.toString()).doesNotContain("Asha").doesNotContain("example.in");
	}

	@Test
	void requestsRefusedBeforeGraphQlAreAuditedWithoutSecretsUpToAnAllowance() {
		// a minute of its own: earlier tests' refusals do not count against this one's allowance
		this.clock.set("2031-01-01T00:00:05Z");
		double suppressedBefore = this.meters.get("skein.audit.refused.suppressed").counter().count();
		ApiKeys.NewKey revoked = this.keys.create("old-feed", Role.INGEST);
		this.keys.revoke(revoked.key().id());
		String expired = TestCredentials.token("late-larry", Map.of("roles", List.of("ADMIN")),
				Instant.now().minusSeconds(600));
		String unknownKey = "sk_not_a_key_but_a_secret_all_the_same";
		String customers = "{ customers { totalCount } }";

		assertThat(this.admin.anonymous().post(customers, Map.of()).status()).isEqualTo(401);
		assertThat(this.admin.withApiKey(unknownKey).post(customers, Map.of()).status()).isEqualTo(401);
		assertThat(this.admin.withApiKey(revoked.secret()).post(customers, Map.of()).status()).isEqualTo(401);
		assertThat(this.admin.withBearer(expired).post(customers, Map.of()).status()).isEqualTo(401);

		JsonNode entries = this.admin.post(LOG, Map.of("action", "AUTHENTICATION_FAILED")).data().path("auditLog").path("edges");
		List<String> seen = new ArrayList<>();
		for (JsonNode edge : entries) {
			JsonNode node = edge.path("node");
			seen.add(node.path("actor").asString() + " / " + node.path("method").asString() + " / "
					+ node.path("arguments").asString());
			assertThat(node.path("role").asString()).isEqualTo("NONE");
			assertThat(node.path("outcome").asString()).isEqualTo("DENIED");
			assertThat(node.path("remoteAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		}
		assertThat(seen).containsExactlyInAnyOrder(
				"anonymous / none / {\"path\":\"/graphql\",\"reason\":\"no credentials\",\"status\":401}",
				"anonymous / api-key / {\"path\":\"/graphql\",\"reason\":\"unknown API key\",\"status\":401}",
				revoked.key().principal()
						+ " / api-key / {\"path\":\"/graphql\",\"reason\":\"revoked API key\",\"status\":401}",
				"late-larry / jwt / {\"path\":\"/graphql\",\"reason\":\"invalid bearer token\",\"status\":401}");
		assertThat(entries.toString()).doesNotContain(unknownKey).doesNotContain(revoked.secret()).doesNotContain(expired);

		// a flood from one address: ten entries a minute are kept, the rest only counted
		for (int i = 0; i < 8; i++) {
			this.admin.withApiKey(unknownKey + i).post(customers, Map.of());
		}
		JsonNode flooded = this.admin.post(LOG, Map.of("action", "AUTHENTICATION_FAILED")).data().path("auditLog").path("edges");
		assertThat(flooded).hasSize(10);
		assertThat(this.meters.get("skein.audit.refused.suppressed").counter().count() - suppressedBefore).isEqualTo(2.0);
		assertThat(this.meters.get("skein.security.refused").tag("method", "api-key").counters()).isNotEmpty();
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
