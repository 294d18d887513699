package io.skein.reliability;

import java.util.List;
import java.util.Map;

import io.skein.security.ApiKeys;
import io.skein.security.Role;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation, sent twice, leaves the graph as the first call left it (summary and a deep
 * fingerprint of every node and relationship with its properties; audit entries aside). The exception
 * by design is {@code createApiKey}: each call mints a new secret, so it creates exactly one key per call.
 */
@SkeinTest
class MutationReplayTest {

	@Autowired
	GraphProbe probe;

	@Autowired
	GraphFingerprint fingerprint;

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
	void ingestRecordsTwice() {
		String doc = "mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }";
		Map<String, Object> vars = Map.of("r", List.of(
				Map.of("source", "crm", "sourceId", "1", "firstName", "Asha", "email", "asha@example.in",
						"accounts", List.of(Map.of("accountNumber", "SB-1", "productCode", "SAVINGS"))),
				Map.of("source", "core", "sourceId", "7", "firstName", "Asha", "email", "ASHA@example.in", "phone", "+91 98450 12345"),
				Map.of("source", "web", "sourceId", "w", "firstName", "Meera", "phone", "+91 98450 12345")));
		assertReplayChangesNothing(doc, vars);
	}

	@Test
	void trackTwice() {
		this.http.post("mutation { ingestRecords(records: [{source: \"crm\", sourceId: \"1\", email: \"asha@example.in\"}]) { status } }", Map.of());
		String doc = "mutation($e: [EventInput!]!) { track(events: $e) { status } }";
		Map<String, Object> vars = Map.of("e", List.of(
				Map.of("eventId", "e1", "type", "Page_viewed", "anonymousId", "ck-1", "at", "2026-01-01T10:00:00Z",
						"properties", Map.of("Page category", "Loans")),
				Map.of("eventId", "e2", "type", "Login", "anonymousId", "ck-1", "identifiers", Map.of("email", "asha@example.in")),
				Map.of("eventId", "e3", "type", "App_open", "deviceId", "dev-9", "identifiers", Map.of("customerId", "c-unknown"))));
		assertReplayChangesNothing(doc, vars);
	}

	@Test
	void revokeApiKeyTwice() {
		String id = this.keys.create("svc", Role.VIEWER).key().id();
		assertReplayChangesNothing("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }", Map.of("id", id));
	}

	@Test
	void eraseCustomerTwice() {
		String id = this.http.post("mutation { ingestRecords(records: [{source: \"crm\", sourceId: \"1\", email: \"asha@example.in\", firstName: \"Asha\"}]) { customerId } }",
				Map.of()).data().path("ingestRecords").get(0).path("customerId").asString();
		assertReplayChangesNothing("mutation($id: ID!) { eraseCustomer(id: $id, reason: \"request 7\") { id } }", Map.of("id", id));
	}

	@Test
	void createApiKeyCreatesOneKeyPerCallByDesign() {
		this.http.post("mutation { createApiKey(name: \"a\", role: VIEWER) { key } }", Map.of());
		this.http.post("mutation { createApiKey(name: \"a\", role: VIEWER) { key } }", Map.of());
		assertThat(this.keys.list()).hasSize(2);
	}

	private void assertReplayChangesNothing(String document, Map<String, Object> variables) {
		GraphQlHttp.Response first = this.http.post(document, variables);
		assertThat(first.status()).isEqualTo(200);
		Map<String, Long> summary = this.probe.summary();
		List<String> deep = this.fingerprint.of();
		GraphQlHttp.Response second = this.http.post(document, variables);
		assertThat(second.status()).isEqualTo(200);
		summary.remove("node::AuditEntry");
		Map<String, Long> after = this.probe.summary();
		after.remove("node::AuditEntry");
		assertThat(after).isEqualTo(summary);
		assertThat(this.fingerprint.of()).isEqualTo(deep);
	}

}
