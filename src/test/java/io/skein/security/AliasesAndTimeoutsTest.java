package io.skein.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 8 of issue 13: aliases do not multiply the batch limit, and a request that runs out of time
 * after committing writes answers what it stored (the audit says PARTIAL, with counts) instead of
 * {@code data: null}.
 */
@SkeinTest
class AliasesAndTimeoutsTest {

	@Autowired
	GraphQlLimits limits;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	Duration savedTimeout;

	int savedBatchSize;

	@BeforeEach
	void setUp() {
		this.http = new GraphQlHttp(this.port);
		this.savedTimeout = this.limits.getExecutionTimeout();
		this.savedBatchSize = this.limits.getMaxBatchSize();
	}

	@AfterEach
	void restore() {
		this.limits.setExecutionTimeout(this.savedTimeout);
		this.limits.setMaxBatchSize(this.savedBatchSize);
	}

	static String aliased(int aliases) {
		StringBuilder doc = new StringBuilder("mutation(");
		for (int i = 0; i < aliases; i++) {
			doc.append(i == 0 ? "" : ", ").append("$r").append(i).append(": [SourceRecordInput!]!");
		}
		doc.append(") {");
		for (int i = 0; i < aliases; i++) {
			doc.append(" a").append(i).append(": ingestRecords(records: $r").append(i).append(") { status }");
		}
		return doc.append(" }").toString();
	}

	static Map<String, Object> records(int aliases, int each) {
		Map<String, Object> variables = new java.util.HashMap<>();
		for (int i = 0; i < aliases; i++) {
			List<Map<String, Object>> records = new ArrayList<>();
			for (int j = 0; j < each; j++) {
				records.add(Map.of("source", "crm", "sourceId", i + "-" + j, "firstName", "P" + i + "x" + j,
						"email", "p" + i + "x" + j + "@example.org"));
			}
			variables.put("r" + i, records);
		}
		return variables;
	}

	@Test
	void theBatchLimitCountsEveryAliasOfTheDocument() {
		this.limits.setExecutionTimeout(Duration.ofMinutes(10));
		GraphQlHttp.Response response = this.http.post(aliased(4), records(4, 300));
		assertThat(response.errors()).as(response.body().toString()).hasSize(1);
		JsonNode error = response.errors().get(0);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("extensions").path("field").asString()).isEqualTo("records");
		assertThat(error.path("message").asString()).contains("1200 items", "aliases count together");
		assertThat(error.path("path").get(0).asString()).isEqualTo("a3");
		assertThat(storedRecords()).isEqualTo(900);
	}

	@Test
	void aTimeoutAfterCommittedWritesAnswersWhatWasStored() {
		// warm up (the same first 20 records a0 sends again), so the first call starts well inside the limit
		this.http.post(aliased(1), records(1, 20));
		this.http.post("mutation { ingestRecords(records: []) { status } }", Map.of());
		// room for three calls of 400: the time limit, not the batch limit, is what this test meets
		this.limits.setMaxBatchSize(1200);
		this.limits.setExecutionTimeout(Duration.ofMillis(1500));
		GraphQlHttp.Response response = this.http.post(aliased(3), records(3, 400));
		this.limits.setExecutionTimeout(this.savedTimeout);
		JsonNode timeout = null;
		for (JsonNode error : response.errors()) {
			assertThat(error.path("extensions").path("classification").asString()).as(response.body().toString())
				.isEqualTo("EXECUTION_TIMEOUT");
			if (error.path("path").isMissingNode() || error.path("path").isEmpty()) {
				timeout = error;
			}
		}
		assertThat(timeout).as(response.body().toString()).isNotNull();
		assertThat(timeout.path("extensions").path("partial").asBoolean()).isTrue();
		assertThat(response.data().path("a2").isEmpty()).as("not run").isTrue();
		assertThat(response.data().isObject()).as("data is not hidden").isTrue();
		int answered = 0;
		for (int i = 0; i < 3; i++) {
			answered += response.data().path("a" + i).size();
		}
		assertThat(answered).as("the first call ran before the time was up").isGreaterThanOrEqualTo(400);
		assertThat(storedRecords()).as("every stored record is answered").isEqualTo(answered);
		String audit = this.http.post("{ auditLog(action: \"ingestRecords\", first: 10) { edges { node { outcome arguments } } } }",
				Map.of()).data().toString();
		assertThat(audit).contains("PARTIAL").contains("\\\"answered\\\":400");
	}

	private long storedRecords() {
		return this.http.post("{ customers(first: 1) { totalCount } }", Map.of()).data().path("customers").path("totalCount")
			.asLong();
	}

}
