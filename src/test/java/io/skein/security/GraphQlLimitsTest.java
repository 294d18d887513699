package io.skein.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Each limit of {@code skein.graphql.limits}, hit over HTTP, answered with a clear classified error. */
@SkeinTest
class GraphQlLimitsTest {

	@Autowired
	GraphQlLimits limits;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	GraphQlLimits saved = new GraphQlLimits();

	@BeforeEach
	void setUp() {
		this.http = new GraphQlHttp(this.port);
		this.saved.setMaxDepth(this.limits.getMaxDepth());
		this.saved.setMaxComplexity(this.limits.getMaxComplexity());
		this.saved.setMaxBodySize(this.limits.getMaxBodySize());
		this.saved.setExecutionTimeout(this.limits.getExecutionTimeout());
	}

	@AfterEach
	void restore() {
		this.limits.setMaxDepth(this.saved.getMaxDepth());
		this.limits.setMaxComplexity(this.saved.getMaxComplexity());
		this.limits.setMaxBodySize(this.saved.getMaxBodySize());
		this.limits.setExecutionTimeout(this.saved.getExecutionTimeout());
	}

	@Test
	void tooDeep() {
		String deep = "{ customers { edges { node { sourceRecords { customer { sourceRecords { customer { sourceRecords { customer { sourceRecords { customer { sourceRecords { customer { sourceRecords { customer { id } } } } } } } } } } } } } } } }";
		JsonNode error = single(this.http.post(deep, Map.of()));
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("QUERY_TOO_DEEP");
		assertThat(error.path("message").asString()).contains("over the limit of 15");
	}

	@Test
	void tooComplex() {
		String heavy = "{ customers(first: 200) { edges { node { interactions(first: 200) { edges { node { eventId type at channel properties } } } } } } }";
		JsonNode error = single(this.http.post(heavy, Map.of()));
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(error.path("extensions").path("limit").asInt()).isEqualTo(20000);
	}

	@Test
	void oneDocumentIsMeasuredWithTheVariablesOfEachCall() {
		String paged = "query($n: Int) { customers(first: $n) { edges { node { interactions(first: $n) { edges { node { eventId type at channel properties } } } } } } }";
		assertThat(this.http.post(paged, Map.of("n", 10)).errors().isMissingNode()).isTrue();
		JsonNode error = single(this.http.post(paged, Map.of("n", 200)));
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(this.http.post(paged, Map.of("n", 10)).errors().isMissingNode()).as("measured again, not remembered")
			.isTrue();
		this.limits.setMaxComplexity(50);
		assertThat(single(this.http.post(paged, Map.of("n", 10))).path("extensions").path("classification").asString())
			.as("a remembered cost still meets today's limit")
			.isEqualTo("QUERY_TOO_COMPLEX");
	}

	@Test
	void introspectionAsGraphiqlSendsItPassesTheDefaultLimits() {
		GraphQlHttp.Response response = this.http.post(IntrospectionQuery.INTROSPECTION_QUERY, Map.of());
		assertThat(response.errors().isMissingNode()).as(response.body().toString()).isTrue();
		assertThat(response.data().path("__schema").path("types").size()).isGreaterThan(10);
	}

	@Test
	void pageTooLarge() {
		JsonNode error = single(this.http.post("{ searchCustomers(text: \"a\", first: 500) { totalCount } }", Map.of()));
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("extensions").path("field").asString()).isEqualTo("first");
	}

	@Test
	void batchTooLarge() {
		List<Map<String, Object>> events = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			events.add(Map.of("eventId", "e" + i, "anonymousId", "ck"));
		}
		JsonNode error = single(this.http.post("mutation($e: [EventInput!]!) { track(events: $e) { status } }",
				Map.of("e", events)));
		assertThat(error.path("extensions").path("field").asString()).isEqualTo("events");
		assertThat(error.path("message").asString()).contains("over the limit of 1000");
	}

	@Test
	void bodyTooLargeIs413() {
		this.limits.setMaxBodySize(DataSize.ofKilobytes(4));
		GraphQlHttp.Response response = this.http.post("{ customers { totalCount } }", Map.of("pad", "x".repeat(5000)));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.errors().get(0).path("extensions").path("classification").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(this.http.ok("{ customers { totalCount } }", Map.of()).path("customers").path("totalCount").isInt()).isTrue();
	}

	@Test
	void overTheTimeLimit() {
		this.limits.setExecutionTimeout(Duration.ofNanos(1));
		GraphQlHttp.Response response = this.http.post("{ customers { totalCount edges { node { id } } } }", Map.of());
		assertThat(response.status()).isEqualTo(200);
		JsonNode error = single(response);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("EXECUTION_TIMEOUT");
		assertThat(response.data().isNull() || response.data().isMissingNode()).isTrue();
	}

	private static JsonNode single(GraphQlHttp.Response response) {
		assertThat(response.errors()).as(response.body().toString()).hasSize(1);
		assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("\tat ");
		return response.errors().get(0);
	}

}
