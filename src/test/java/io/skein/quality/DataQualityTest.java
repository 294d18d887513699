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
 * its figures follow from the records sent, and a VIEWER is refused.
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

		GraphQlHttp viewer = admin.withApiKey(this.keys.create("dq-viewer", Role.VIEWER).secret());
		JsonNode refused = viewer.post("{ dataQuality { asOf } }", Map.of()).errors();
		assertThat(refused.path(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
	}

}
