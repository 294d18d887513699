package io.skein.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import io.skein.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 6 of issue 13: role names in tokens count only when exact, tokens must expire, and an INGEST
 * key writes only the declared sources it is bound to (anything else is refused and audited).
 */
@SkeinTest
class TrustBoundariesTest {

	private static final String API_KEYS = "{ apiKeys { id } }";

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
	void roleNamesThatAreNotExactlySkeinRolesGrantNothing() {
		for (List<String> roles : List.of(List.of("SUPERUSER", "ROLE_ADMIN"), List.of("admin"), List.of(" ADMIN"),
				List.of("Admin"))) {
			GraphQlHttp.Response response = this.admin.withBearer(TestCredentials.token("mallory", roles)).post(API_KEYS,
					Map.of());
			assertThat(response.errors().get(0).path("extensions").path("classification").asString()).as(roles.toString())
				.isEqualTo("FORBIDDEN");
			assertThat(response.body().toString()).doesNotContain("\"id\"");
		}
		GraphQlHttp.Response exact = this.admin.withBearer(TestCredentials.token("ops", List.of("ADMIN"))).post(API_KEYS,
				Map.of());
		assertThat(exact.errors().isMissingNode()).as(exact.body().toString()).isTrue();
	}

	@Test
	void aTokenWithoutExpiryIsRefused() {
		String forever = TestCredentials.token("ops", Map.of("roles", List.of("ADMIN")), null);
		assertThat(this.admin.withBearer(forever).post(API_KEYS, Map.of()).status()).isEqualTo(401);
	}

	@Test
	void anIngestKeyWritesOnlyTheDeclaredSourcesItIsBoundTo() {
		String victim = PiiFixture.load(this.ingest);
		GraphQlHttp.Response unbound = this.admin.post("mutation { createApiKey(name: \"feed\", role: INGEST) { key } }",
				Map.of());
		assertThat(unbound.errors().get(0).path("extensions").path("field").asString()).isEqualTo("sources");
		GraphQlHttp.Response undeclared = this.admin
			.post("mutation { createApiKey(name: \"feed\", role: INGEST, sources: [\"branch\"]) { key } }", Map.of());
		assertThat(undeclared.errors().get(0).path("message").asString()).contains("not declared");

		GraphQlHttp.Response declared = this.admin
			.post("mutation { declareSource(name: \"branch\", rank: 3) { name rank declaredBy } }", Map.of());
		assertThat(declared.data().path("declareSource").path("rank").asInt()).as(declared.body().toString()).isEqualTo(3);
		assertThat(this.admin.post("{ sources { name rank } }", Map.of()).data().path("sources").toString())
			.contains("branch");
		String key = this.admin
			.post("mutation { createApiKey(name: \"feed\", role: INGEST, sources: [\"branch\"]) { key apiKey { sources } } }",
					Map.of())
			.data().path("createApiKey").path("key").asString();
		GraphQlHttp feed = this.admin.withApiKey(key);
		String write = "mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status customerId } }";

		GraphQlHttp.Response own = feed.post(write,
				Map.of("r", List.of(Map.of("source", "branch", "sourceId", "b-1", "firstName", "Ravi"))));
		assertThat(own.errors().isMissingNode()).as(own.body().toString()).isTrue();

		// the attack: a made-up source carrying the victim's email, to change the victim's golden contact data
		GraphQlHttp.Response forged = feed.post(write, Map.of("r", List.of(Map.of("source", "madeup", "sourceId", "x-1",
				"firstName", "Asha", "lastName", "Rao", "email", PiiFixture.EMAIL, "phone", "+91 90000 00001"))));
		JsonNode error = forged.errors().get(0);
		assertThat(error.path("extensions").path("classification").asString()).as(forged.body().toString())
			.isEqualTo("FORBIDDEN");
		assertThat(error.path("message").asString()).contains("madeup");
		GraphQlHttp.Response overwrite = feed.post(write,
				Map.of("r", List.of(Map.of("source", "crm", "sourceId", "1", "phone", "+91 90000 00001"))));
		assertThat(overwrite.errors().get(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");

		GraphQlHttp.Response customer = this.admin.post("query($id: ID!) { customer(id: $id) { profile { phone { value } } sourceRecords { source } } }",
				Map.of("id", victim));
		assertThat(customer.data().path("customer").path("profile").path("phone").path("value").asString())
			.isEqualTo("+91 98765 43210");
		assertThat(customer.data().path("customer").path("sourceRecords").toString()).doesNotContain("madeup");

		JsonNode denied = this.admin.post("{ auditLog(action: \"ingestRecords\", first: 20) { edges { node { outcome actor } } } }",
				Map.of()).data().path("auditLog").path("edges");
		assertThat(denied.toString()).contains("DENIED").contains("key:feed");
	}

}
