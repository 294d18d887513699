package io.skein.customer;

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

/** Bad arguments come back as BAD_REQUEST errors that name the argument at fault. */
@SkeinTest
class BadArgumentsTest {

	@Autowired
	IngestService ingest;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	String customerId;

	@BeforeEach
	void oneCustomer() {
		this.http = new GraphQlHttp(this.port);
		this.customerId = this.ingest
			.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Asha", "email",
					"asha@example.in")), "records")
			.get(0)
			.customerId();
	}

	@Test
	void pageSizesOutOfRange() {
		assertBadRequest(this.http.post(Documents.named("customersPage"), Map.of("first", 0)), "first");
		assertBadRequest(this.http.post(Documents.named("customersPage"), Map.of("first", 201)), "first");
		assertBadRequest(this.http.post(Documents.named("searchCustomers"), Map.of("text", "asha", "first", -1)),
				"first");
		assertBadRequest(interactions(Map.of("first", 500)), "first");
	}

	@Test
	void malformedOrForeignCursors() {
		assertBadRequest(this.http.post(Documents.named("customersPage"), Map.of("after", "not a cursor!")), "after");
		assertBadRequest(this.http.post(Documents.named("customersPage"), Map.of("after", "bm90aGluZw")), "after");
		String customersCursor = this.http.post(Documents.named("customersPage"), Map.of("first", 1))
			.data()
			.path("customers")
			.path("pageInfo")
			.path("endCursor")
			.asString();
		assertThat(customersCursor).isNotBlank();
		assertBadRequest(interactions(Map.of("after", customersCursor)), "after");
		assertBadRequest(this.http.post(Documents.named("searchCustomers"), Map.of("text", "asha", "after",
				customersCursor)), "after");
	}

	@Test
	void emptySearchTextAndBackwardsTimeRange() {
		assertBadRequest(this.http.post(Documents.named("searchCustomers"), Map.of("text", "   ")), "text");
		assertBadRequest(interactions(Map.of("from", "2026-03-02T00:00:00Z", "to", "2026-03-01T00:00:00Z")), "from");
	}

	private GraphQlHttp.Response interactions(Map<String, Object> arguments) {
		Map<String, Object> variables = new java.util.HashMap<>(arguments);
		variables.put("id", this.customerId);
		return this.http.post(Documents.named("customerInteractions"), variables);
	}

	private static void assertBadRequest(GraphQlHttp.Response response, String field) {
		JsonNode errors = response.errors();
		assertThat(errors.size()).as(response.body().toString()).isEqualTo(1);
		assertThat(errors.get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(errors.get(0).path("extensions").path("field").asString()).isEqualTo(field);
		assertThat(errors.get(0).path("message").asString()).startsWith(field + ": ");
	}

}
