package io.skein.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import io.skein.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in: API keys (created, revoked, wrong), JWTs (valid, foreign, expired), nobody else. */
@SkeinTest
class AuthenticationHttpTest {

	private static final String CUSTOMERS = "{ customers { totalCount } }";

	@Autowired
	ApiKeys keys;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.http = new GraphQlHttp(this.port);
	}

	@Test
	void withoutCredentialsGraphQlIsRefused401() {
		GraphQlHttp.Response response = this.http.anonymous().post(CUSTOMERS, Map.of());
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.errors().get(0).path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(response.body().toString()).doesNotContain("totalCount");
	}

	@Test
	void anUnknownKeyIsRefusedEvenWhereAnonymousWouldNotBe() {
		assertThat(this.http.withApiKey("sk_not_a_key").post(CUSTOMERS, Map.of()).status()).isEqualTo(401);
	}

	@Test
	void aCreatedKeyWorksUntilItIsRevokedAndIsStoredOnlyAsItsHash() {
		GraphQlHttp.Response created = this.http.post(
				"mutation { createApiKey(name: \"bi-tool\", role: VIEWER) { key apiKey { id name role revokedAt } } }",
				Map.of());
		String key = created.data().path("createApiKey").path("key").asString();
		String id = created.data().path("createApiKey").path("apiKey").path("id").asString();
		assertThat(key).startsWith("sk_").hasSizeGreaterThan(40);
		assertThat(this.http.withApiKey(key).ok(CUSTOMERS, Map.of()).path("customers").isObject()).isTrue();
		assertThat(this.http.post("{ apiKeys { id name role } }", Map.of()).body().toString()).contains(id)
			.doesNotContain(key);
		assertThat(this.keys.list()).extracting(ApiKeys.Key::name).contains("bi-tool");

		GraphQlHttp.Response revoked = this.http.post("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }",
				Map.of("id", id));
		assertThat(revoked.data().path("revokeApiKey").path("revokedAt").isNull()).isFalse();
		assertThat(this.http.withApiKey(key).post(CUSTOMERS, Map.of()).status()).isEqualTo(401);
	}

	@Test
	void aSignedJwtWithRolesIsAcceptedAndItsRolesApply() {
		String viewer = TestCredentials.token("frontend-1", List.of("VIEWER"));
		GraphQlHttp.Response read = this.http.withBearer(viewer).post(CUSTOMERS, Map.of());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.errors().isMissingNode()).as(read.body().toString()).isTrue();
		GraphQlHttp.Response write = this.http.withBearer(viewer)
			.post("mutation { createApiKey(name: \"x\", role: ADMIN) { key } }", Map.of());
		assertThat(write.errors().get(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");

		String admin = TestCredentials.token("ops-1", Map.of("roles", "ADMIN other-app-role"), Instant.now().plusSeconds(60));
		assertThat(this.http.withBearer(admin).post("{ apiKeys { id } }", Map.of()).errors().isMissingNode()).isTrue();
	}

	@Test
	void aForeignExpiredOrRolelessTokenGetsNothing() {
		assertThat(this.http.withBearer(TestCredentials.foreignToken("mallory", List.of("ADMIN"))).post(CUSTOMERS, Map.of())
			.status()).isEqualTo(401);
		assertThat(this.http.withBearer(TestCredentials.token("late", Map.of("roles", List.of("ADMIN")),
				Instant.now().minusSeconds(600))).post(CUSTOMERS, Map.of()).status()).isEqualTo(401);
		GraphQlHttp.Response roleless = this.http.withBearer(TestCredentials.token("nobody", List.of("SUPERUSER")))
			.post(CUSTOMERS, Map.of());
		assertThat(roleless.errors().get(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
	}

	@Test
	void healthIsOpenAndIncludesNeo4jGraphiqlPageIsOpenMetricsNeedCredentials() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"neo4j\":{\"status\":\"UP\"");
		HttpResponse<String> graphiql = client.send(HttpRequest.newBuilder(uri("/graphiql")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(graphiql.statusCode()).isIn(200, 302, 307);
		HttpResponse<String> anonymousMetrics = client.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymousMetrics.statusCode()).isEqualTo(401);
		this.http.post("mutation { ingestRecords(records: [{source: \"crm\", sourceId: \"m1\"}]) { status } }", Map.of());
		HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
			.header("X-Api-Key", TestCredentials.ADMIN_KEY)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("skein_cypher_queries", "skein_ingest_items",
				"skein_resolution_latency_seconds_bucket", "skein_cypher_latency_seconds_bucket");
	}

	/** Issue 15: every browser asks for {@code /favicon.ico}; it was refused and audited as AUTHENTICATION_FAILED. */
	@Test
	void theFaviconIsServedToAnyoneAndNeverAuditedAsARefusal() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpResponse<String> favicon = client.send(HttpRequest.newBuilder(uri("/favicon.ico")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(favicon.statusCode()).isEqualTo(200);
		assertThat(favicon.body()).contains("<svg");
		// a request that is refused, so the audit trail is known to record refusals of this client
		assertThat(client.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
		String log = this.http.post("{ auditLog(first: 50) { edges { node { action arguments } } } }", Map.of()).data().toString();
		assertThat(log).contains("AUTHENTICATION_FAILED", "/actuator/prometheus").doesNotContain("favicon");
	}

	/** Finding 9 of issue 13: {@code GET /error} answered 500. */
	@Test
	void errorAskedForDirectlyIsNotAServerError() throws Exception {
		HttpResponse<String> error = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/error")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(error.statusCode()).isLessThan(500);
		HttpResponse<String> missing = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/no-such-page")).header("X-Api-Key", TestCredentials.ADMIN_KEY).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
