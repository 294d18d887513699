package io.skein.quality;

import java.util.Map;

import io.skein.security.ApiKeys;
import io.skein.security.Role;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dataQuality} over HTTP: a source with a broken date and a missing email ranks below a clean one,
 * its figures follow from the records sent, each source is counted when its value wins survivorship, and a
 * VIEWER is refused.
 */
@SkeinTest
class DataQualityTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Test
	void eachSourceIsMeasuredPerAttributeWorstFirst() {
		GraphQlHttp admin = new GraphQlHttp(this.port);
		JsonNode ingest = admin.post("""
				mutation { ingestRecords(records: [
				  { source: "crm", sourceId: "1", firstName: "Asha", lastName: "Rao", dateOfBirth: "1985-13-45", email: "asha@example.in" }
				  { source: "crm", sourceId: "2", firstName: "Ravi", lastName: "Rao", dateOfBirth: "1980-01-02" }
				  { source: "core", sourceId: "1", firstName: "Asha", lastName: "Rao", dateOfBirth: "1985-03-02", email: "asha@example.in" }
				]) { status warnings } }""", Map.of()).data();
		assertThat(ingest.path("ingestRecords").path(0).path("warnings").toString()).contains("dateOfBirth");

		JsonNode report = admin.post("""
				{ dataQuality { asOf sources { source records duplicatesFound staleDays
				    attributes { attribute completeness validity uniqueness invalid } } } }""", Map.of())
			.data().path("dataQuality");
		assertThat(report.path("sources")).hasSize(2);
		JsonNode crm = report.path("sources").get(0);
		assertThat(crm.path("source").asString()).as("the dirtier feed first").isEqualTo("crm");
		assertThat(crm.path("records").asInt()).isEqualTo(2);
		assertThat(crm.path("staleDays").asInt()).isZero();
		Map<String, JsonNode> attributes = new java.util.HashMap<>();
		crm.path("attributes").forEach(a -> attributes.put(a.path("attribute").asString(), a));
		assertThat(attributes.get("dateOfBirth").path("completeness").asDouble()).isEqualTo(1.0);
		assertThat(attributes.get("dateOfBirth").path("validity").asDouble()).isEqualTo(0.5);
		assertThat(attributes.get("dateOfBirth").path("invalid").asInt()).isEqualTo(1);
		assertThat(attributes.get("email").path("completeness").asDouble()).isEqualTo(0.5);
		assertThat(attributes.get("lastName").path("uniqueness").asDouble()).isEqualTo(0.5);
		JsonNode core = report.path("sources").get(1);
		assertThat(core.path("duplicatesFound").asInt()).isZero();

		assertThat(crm.path("survivorship")).as("no customer has records from two sources").isEmpty();

		GraphQlHttp viewer = admin.withApiKey(this.keys.create("dq-viewer", Role.VIEWER).secret());
		JsonNode refused = viewer.post("{ dataQuality { asOf } }", Map.of()).errors();
		assertThat(refused.path(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
	}

	@Test
	void eachSourceIsCountedWhenItsValueWinsSurvivorship() {
		GraphQlHttp admin = new GraphQlHttp(this.port);
		// Asha: the CRM sends last, so its phone is the most recent; Ravi: core banking sends last, phone and
		// e-mail (the same mailbox, written differently); no source priority is configured (MOST_RECENT decides)
		ingest(admin, "core_banking", "A1", "Asha", "asha@example.in", "+919800000001");
		ingest(admin, "crm", "A1", "Asha", "asha@example.in", "+919800000002");
		ingest(admin, "crm", "R1", "Ravi", "Ravi@Example.in", "+919800000003");
		ingest(admin, "core_banking", "R1", "Ravi", "ravi@example.in", "+919800000004");

		JsonNode sources = admin.post("{ dataQuality { sources { source survivorship { attribute contests wins winRate } } } }", Map.of())
			.data().path("dataQuality").path("sources");
		Map<String, Map<String, JsonNode>> bySource = new java.util.HashMap<>();
		sources.forEach(s -> s.path("survivorship").forEach(w -> bySource
			.computeIfAbsent(s.path("source").asString(), k -> new java.util.LinkedHashMap<>()).put(w.path("attribute").asString(), w)));
		assertThat(bySource.get("core_banking")).as("names agree: never contested").containsOnlyKeys("email", "phone");
		assertThat(bySource.get("core_banking").get("phone").path("contests").asInt()).isEqualTo(2);
		assertThat(bySource.get("core_banking").get("phone").path("wins").asInt()).isEqualTo(1);
		assertThat(bySource.get("core_banking").get("phone").path("winRate").asDouble()).isEqualTo(0.5);
		assertThat(bySource.get("core_banking").get("email").path("wins").asInt()).isEqualTo(1);
		assertThat(bySource.get("crm").get("email").path("contests").asInt()).isEqualTo(1);
		assertThat(bySource.get("crm").get("email").path("wins").asInt()).isZero();
		assertThat(bySource.get("crm").get("phone").path("winRate").asDouble()).isEqualTo(0.5);
	}

	private static void ingest(GraphQlHttp http, String source, String id, String firstName, String email, String phone) {
		GraphQlHttp.Response response = http.post("""
				mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }""",
				Map.of("r", java.util.List.of(Map.of("source", source, "sourceId", id, "firstName", firstName, "lastName", "Rao",
						"email", email, "phone", phone))));
		assertThat(response.errors()).as("errors").isNullOrEmpty();
	}

}
