package io.skein.security;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 9 of issue 13, the rest: a lone surrogate was stored as "?", NUL and escape characters as
 * sent, a wrong-typed field failed the whole batch without naming the item, and a malformed date of birth
 * in an update replaced a good stored one (as would a malformed e-mail, phone or national id).
 */
@SkeinTest
class BadTextInputTest {

	private static final String INGEST = """
			mutation($records: [SourceRecordInput!]!) {
			  ingestRecords(records: $records) { index status customerId warnings errors { field message classification } }
			}""";

	@Autowired
	IngestService ingest;

	@Autowired
	GraphFingerprint graph;

	@LocalServerPort
	int port;

	/** The raw JSON escapes, as an attacker sends them (a Java map could not carry a lone surrogate). */
	@Test
	void controlCharactersAndLoneSurrogatesRejectOnlyTheirItemNamingTheField() {
		String body = """
				{"query": %s, "variables": {"records": [
				  {"source": "crm", "sourceId": "1", "firstName": "Meera", "lastName": "Shah"},
				  {"source": "crm", "sourceId": "2", "firstName": "Ravi\\u0000", "lastName": "Kumar"},
				  {"source": "crm", "sourceId": "3", "firstName": "Anil", "lastName": "Rao\\ud800"},
				  {"source": "crm", "sourceId": "4", "firstName": "Gita", "attributes": {"note": "red \\u001b[31m"}},
				  {"source": "crm", "sourceId": "5", "firstName": "Tab\\tand\\nnewline", "lastName": "Ok"}
				]}}""".formatted(quoted(INGEST));
		GraphQlHttp.Response response = new GraphQlHttp(this.port).postRaw(body);
		JsonNode results = response.data().path("ingestRecords");
		assertThat(results).as(response.body().toString()).hasSize(5);
		assertThat(results.get(0).path("status").asString()).isEqualTo("CREATED");
		assertRejected(results.get(1), "records[1].firstName", "U+0000");
		assertRejected(results.get(2), "records[2].lastName", "lone surrogate");
		assertRejected(results.get(3), "records[3].attributes.note", "U+001B");
		assertThat(results.get(4).path("status").asString()).isEqualTo("CREATED");
		String stored = this.graph.allText();
		assertThat(stored).doesNotContain("Ravi").doesNotContain("Anil").doesNotContain("Gita").doesNotContain("\u0000");
	}

	@Test
	void badTextInAnEventPropertyRejectsThatEvent() {
		String body = """
				{"query": "mutation($e: [EventInput!]!) { track(events: $e) { index status errors { field message } } }",
				 "variables": {"e": [
				  {"eventId": "ev-1", "type": "Page_viewed", "anonymousId": "ck-1", "properties": {"page": "/home"}},
				  {"eventId": "ev-2", "type": "Page_viewed", "anonymousId": "ck-2", "properties": {"page": "/x\\udc00"}}
				]}}""";
		JsonNode results = new GraphQlHttp(this.port).postRaw(body).data().path("track");
		assertThat(results.get(0).path("status").asString()).isNotEqualTo("REJECTED");
		assertRejected(results.get(1), "events[1].properties.page", "lone surrogate");
	}

	@Test
	void badTextInAnyOtherArgumentIsRefusedNamingIt() {
		String body = """
				{"query": "mutation($n: String!) { createSegment(input: { name: $n, rule: { profile: { field: SOURCE, op: EQ, value: \\"crm\\" } } }) { id } }",
				 "variables": {"n": "Big\\u0007spenders"}}""";
		GraphQlHttp.Response response = new GraphQlHttp(this.port).postRaw(body);
		assertThat(response.classification()).as(response.body().toString()).isEqualTo("BAD_REQUEST");
		assertThat(response.errors().get(0).path("extensions").path("field").asString()).isEqualTo("input.name");
		assertThat(response.errors().get(0).path("message").asString()).contains("U+0007");
		assertThat(this.graph.allText()).doesNotContain("spenders");
	}

	/** Decided: a wrong-typed field is a malformed request; it is refused whole, nothing stored, naming the item and field. */
	@Test
	void aWrongTypedFieldNamesItsItemAndField() {
		List<Map<String, Object>> records = List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Meera"),
				Map.of("source", "crm", "sourceId", "2", "firstName", "Ravi", "accounts",
						List.of(Map.of("accountNumber", "SB-77", "balance", "lots"))));
		GraphQlHttp.Response response = new GraphQlHttp(this.port).post(INGEST, Map.of("records", records));
		assertThat(response.hasErrors()).isTrue();
		String message = response.errors().get(0).path("message").asString();
		assertThat(message).as(response.body().toString()).contains("records[1]").contains("balance");
		assertThat(this.graph.allText()).doesNotContain("Meera");
	}

	@Test
	void aMalformedDateOfBirthInAnUpdateKeepsTheStoredOne() {
		String id = this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Meera",
				"lastName", "Shah", "dateOfBirth", "1984-05-12")), "records").get(0).customerId();
		GraphQlHttp admin = new GraphQlHttp(this.port);
		JsonNode update = admin.ok(INGEST, Map.of("records", List.of(Map.of("source", "crm", "sourceId", "1", "firstName",
				"Meera", "lastName", "Shah", "dateOfBirth", "12th May")))).path("ingestRecords").get(0);
		assertThat(update.path("status").asString()).isEqualTo("UPDATED");
		assertThat(update.path("warnings").toString()).contains("dateOfBirth").contains("kept the stored date of birth");
		assertThat(admin.ok("query($id: ID!) { customer(id: $id) { profile { dateOfBirth { value } } } }", Map.of("id", id))
			.path("customer").path("profile").path("dateOfBirth").path("value").asString()).isEqualTo("1984-05-12");
		// a valid new date still replaces it
		admin.ok(INGEST, Map.of("records", List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Meera",
				"lastName", "Shah", "dateOfBirth", "1984-05-21"))));
		assertThat(admin.ok("query($id: ID!) { customer(id: $id) { profile { dateOfBirth { value } } } }", Map.of("id", id))
			.path("customer").path("profile").path("dateOfBirth").path("value").asString()).isEqualTo("1984-05-21");
	}

	@Test
	void aMalformedEmailPhoneOrNationalIdInAnUpdateKeepsTheStoredOnes() {
		Map<String, Object> good = Map.of("source", "crm", "sourceId", "1", "firstName", "Meera", "lastName", "Shah",
				"email", "meera.shah@example.in", "phone", "+919812345678", "nationalId", "ABCPS1234K");
		String id = this.ingest.ingestRecords(List.of(good), "records").get(0).customerId();
		GraphQlHttp admin = new GraphQlHttp(this.port);
		String view = "query($id: ID!) { customer(id: $id) { profile { email { value } phone { value } } identifiers { type value } } }";
		JsonNode before = admin.ok(view, Map.of("id", id)).path("customer");
		assertThat(before.path("identifiers").findValuesAsString("type")).containsExactlyInAnyOrder("EMAIL", "NATIONAL_ID",
				"PHONE");

		JsonNode update = admin.ok(INGEST, Map.of("records", List.of(Map.of("source", "crm", "sourceId", "1", "firstName",
				"Meera", "lastName", "Shah", "email", "meera at example", "phone", "call me", "nationalId", "PAN#77Q"))))
			.path("ingestRecords").get(0);
		assertThat(update.path("status").asString()).isEqualTo("UPDATED");
		JsonNode after = admin.ok(view, Map.of("id", id)).path("customer");
		assertThat(after.path("profile").path("email").path("value").asString()).isEqualTo("meera.shah@example.in");
		assertThat(after.path("profile").path("phone").path("value").asString()).isEqualTo("+919812345678");
		assertThat(after.path("identifiers")).as("the record still holds its identifiers").isEqualTo(before.path("identifiers"));
		assertThat(update.path("warnings").toString()).as(update.toString())
			.contains("email: kept the stored e-mail")
			.contains("phone: kept the stored phone")
			.contains("nationalId: kept the stored national id");
		assertThat(this.graph.allText()).as("a malformed national id is not stored").doesNotContain("PAN#77Q");
		// and still stitches by them: another source's record with only her e-mail joins her
		assertThat(this.ingest.ingestRecords(List.of(Map.of("source", "branch", "sourceId", "9", "firstName", "Meera",
				"email", "meera.shah@example.in")), "records").get(0).customerId()).isEqualTo(id);

		// a valid new value still replaces the stored one; a value left out is removed, not kept
		admin.ok(INGEST, Map.of("records", List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Meera",
				"lastName", "Shah", "email", "meera.shah@example.in", "phone", "+919800011122"))));
		JsonNode replaced = admin.ok(view, Map.of("id", id)).path("customer");
		assertThat(replaced.path("profile").path("phone").path("value").asString()).isEqualTo("+919800011122");
		assertThat(replaced.path("identifiers").findValuesAsString("value")).contains("+919800011122")
			.doesNotContain("+919812345678");
		assertThat(replaced.path("identifiers").findValuesAsString("type")).doesNotContain("NATIONAL_ID");
	}

	private static void assertRejected(JsonNode result, String field, String problem) {
		assertThat(result.path("status").asString()).as(result.toString()).isEqualTo("REJECTED");
		assertThat(result.path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(result.path("errors").get(0).path("message").asString()).contains(problem);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
