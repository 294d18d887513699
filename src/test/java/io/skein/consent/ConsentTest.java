package io.skein.consent;

import java.util.List;
import java.util.Map;

import io.skein.graph.Graph;
import io.skein.ingest.IngestService;
import io.skein.security.ApiKeys;
import io.skein.security.Role;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent (issue 17, item 3) through the API: set by the mutation and by consent_updated events, the latest
 * statement winning however late an older one arrives, the per-purpose defaults where nothing was said,
 * shown on the 360 for a page of customers in one query, refused to a viewer, and gone with an erasure.
 */
@SkeinTest
class ConsentTest {

	static final String SET = """
			mutation($id: ID!, $channel: ConsentChannel!, $purpose: ConsentPurpose!, $granted: Boolean!, $source: String!,
			         $proof: String, $at: DateTime) {
			  setConsent(customerId: $id, channel: $channel, purpose: $purpose, granted: $granted, source: $source,
			             proof: $proof, at: $at) { channel purpose state source at proof }
			}""";

	static final String CONSENTS = "query($id: ID!) { customer(id: $id) { consents { channel purpose state source at proof } } }";

	static final String TRACK = "mutation($e: [EventInput!]!) { track(events: $e) { index status customerId errors { field message } } }";

	@Autowired
	IngestService ingest;

	@Autowired
	ConsentService consents;

	@Autowired
	ApiKeys keys;

	@Autowired
	GraphProbe probe;

	@Autowired
	GraphFingerprint fingerprint;

	@Autowired
	Graph graph;

	@LocalServerPort
	int port;

	GraphQlHttp admin;

	String asha;

	@BeforeEach
	void ashaIsACustomer() {
		this.admin = new GraphQlHttp(this.port);
		this.asha = this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Asha",
				"lastName", "Verma", "email", "asha.verma@example.in")), "records").get(0).customerId();
	}

	@Test
	void nothingSaidMeansOnlyServiceThenTheMutationGrantsAndTheCustomerShowsIt() {
		assertThat(this.consents.allows(this.asha, ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isFalse();
		assertThat(this.consents.allows(this.asha, ConsentChannel.SMS, ConsentPurpose.REMINDERS)).isFalse();
		assertThat(this.consents.allows(this.asha, ConsentChannel.SMS, ConsentPurpose.SERVICE)).isTrue();
		assertThat(this.consents.allows("no-such-customer", ConsentChannel.SMS, ConsentPurpose.SERVICE)).isFalse();

		JsonNode set = set("EMAIL", "MARKETING", true, "2026-03-01T09:00:00Z").path("setConsent");
		assertThat(set.path("state").asString()).isEqualTo("GRANTED");
		assertThat(set.path("proof").asString()).isEqualTo("form-118");

		JsonNode shown = this.admin.ok(CONSENTS, Map.of("id", this.asha)).path("customer").path("consents");
		assertThat(shown).hasSize(1);
		assertThat(shown.get(0).path("channel").asString()).isEqualTo("EMAIL");
		assertThat(shown.get(0).path("purpose").asString()).isEqualTo("MARKETING");
		assertThat(shown.get(0).path("source").asString()).isEqualTo("mobile_app");
		assertThat(shown.get(0).path("at").asString()).startsWith("2026-03-01T09:00");
		assertThat(this.consents.allows(this.asha, ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isTrue();
		assertThat(this.consents.allows(this.asha, ConsentChannel.SMS, ConsentPurpose.MARKETING)).isFalse();

		// a SERVICE withdrawal overrides the default
		set("SMS", "SERVICE", false, "2026-03-01T10:00:00Z");
		assertThat(this.consents.allows(this.asha, ConsentChannel.SMS, ConsentPurpose.SERVICE)).isFalse();
	}

	@Test
	void theLatestStatementWinsHoweverLateAnOlderOneArrivesAndEveryStatementIsKept() {
		set("EMAIL", "MARKETING", true, "2026-03-02T09:00:00Z");
		JsonNode late = set("EMAIL", "MARKETING", false, "2026-03-01T09:00:00Z").path("setConsent");
		assertThat(late.path("state").asString()).as("an older withdrawal arriving late").isEqualTo("GRANTED");
		assertThat(this.consents.allows(this.asha, ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isTrue();
		assertThat(this.probe.summary()).containsEntry("node::ConsentStatement", 2L).containsEntry("node::Consent", 1L);

		JsonNode newer = set("EMAIL", "MARKETING", false, "2026-03-03T09:00:00Z").path("setConsent");
		assertThat(newer.path("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(this.consents.allows(this.asha, ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isFalse();

		List<String> before = this.fingerprint.of();
		set("EMAIL", "MARKETING", false, "2026-03-03T09:00:00Z");
		assertThat(this.fingerprint.of()).as("a replay changes nothing").isEqualTo(before);
	}

	@Test
	void badInputIsRefusedNamingTheArgument() {
		GraphQlHttp.Response channel = this.admin.post(SET, vars("FAX", "MARKETING", true, "mobile_app", "form-1"));
		assertThat(channel.hasErrors()).isTrue();
		assertThat(channel.errors().get(0).path("message").asString()).contains("channel").contains("FAX");

		assertField(this.admin.refused(SET, vars("EMAIL", "MARKETING", true, " ", "form-1"), "BAD_REQUEST"), "source");
		assertField(this.admin.refused(SET, vars("EMAIL", "MARKETING", true, "mobile_app", "f".repeat(129)), "BAD_REQUEST"),
				"proof");
		assertField(this.admin.refused(SET, vars("EMAIL", "MARKETING", true, "mobile_app", "asha.verma@example.in"),
				"BAD_REQUEST"), "proof");
		Map<String, Object> future = new java.util.HashMap<>(vars("EMAIL", "MARKETING", true, "mobile_app", "form-1"));
		future.put("at", "2999-01-01T00:00:00Z");
		assertField(this.admin.refused(SET, future, "BAD_REQUEST"), "at");
		Map<String, Object> nobody = new java.util.HashMap<>(vars("EMAIL", "MARKETING", true, "mobile_app", "form-1"));
		nobody.put("id", "nobody");
		assertField(this.admin.refused(SET, nobody, "NOT_FOUND"), "customerId");
		assertThat(this.probe.summary()).doesNotContainKey("node::Consent");
	}

	@Test
	void aViewerReadsConsentsButCannotSetThem() {
		GraphQlHttp viewer = this.admin.withApiKey(this.keys.create("test-viewer", Role.VIEWER).secret());
		viewer.refused(SET, vars("EMAIL", "MARKETING", true, "mobile_app", "form-1"), "FORBIDDEN");
		assertThat(this.probe.summary()).doesNotContainKey("node::Consent");
		set("EMAIL", "MARKETING", true, "2026-03-01T09:00:00Z");
		assertThat(viewer.ok(CONSENTS, Map.of("id", this.asha)).path("customer").path("consents").get(0).path("state")
			.asString()).isEqualTo("GRANTED");
	}

	@Test
	void consentUpdatedEventsSetConsentLatestWinningAndBadOnesAreRejectedNamingTheProperty() {
		JsonNode results = this.admin.post(TRACK, Map.of("e", List.of(
				event("c-2", "2026-03-02T09:00:00Z", Map.of("channel", "sms", "purpose", "REMINDERS", "granted", true)),
				event("c-1", "2026-03-01T09:00:00Z", Map.of("channel", "SMS", "purpose", "REMINDERS", "granted", false,
						"source", "branch_form", "proof", "BR-77")),
				event("c-3", "2026-03-01T09:00:00Z", Map.of("channel", "FAX", "purpose", "REMINDERS", "granted", "yes")),
				event("c-4", "2026-03-01T09:00:00Z", Map.of("channel", "SMS", "purpose", "REMINDERS", "granted", true,
						"proof", "call me on 98450 12345")))))
			.data()
			.path("track");
		assertThat(results.get(0).path("status").asString()).isEqualTo("CREATED");
		assertThat(results.get(0).path("customerId").asString()).isEqualTo(this.asha);
		assertThat(results.get(1).path("status").asString()).isEqualTo("CREATED");
		assertThat(results.get(2).path("status").asString()).isEqualTo("REJECTED");
		assertThat(results.get(2).path("errors").findValuesAsString("field")).containsExactly("events[2].properties.channel",
				"events[2].properties.granted");
		assertThat(results.get(3).path("status").asString()).isEqualTo("REJECTED");
		assertThat(results.get(3).path("errors").findValuesAsString("field")).containsExactly("events[3].properties.proof");

		JsonNode shown = this.admin.ok(CONSENTS, Map.of("id", this.asha)).path("customer").path("consents");
		assertThat(shown).hasSize(1);
		assertThat(shown.get(0).path("state").asString()).as("the later event wins").isEqualTo("GRANTED");
		assertThat(shown.get(0).path("source").asString()).as("the event's channel by default").isEqualTo("APP");
		assertThat(shown.get(0).path("proof").asString()).isEqualTo("event:c-2");
		assertThat(this.consents.allows(this.asha, ConsentChannel.SMS, ConsentPurpose.REMINDERS)).isTrue();
		assertThat(this.probe.summary()).containsEntry("node::ConsentStatement", 2L);

		// a newer withdrawal through an event wins over the grant
		this.admin.ok(TRACK, Map.of("e", List.of(event("c-5", "2026-03-05T09:00:00Z",
				Map.of("channel", "SMS", "purpose", "REMINDERS", "granted", false)))));
		assertThat(this.consents.allows(this.asha, ConsentChannel.SMS, ConsentPurpose.REMINDERS)).isFalse();
	}

	@Test
	void aPageOfCustomersReadsItsConsentsInOneQuery() {
		String ravi = this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "2", "firstName", "Ravi",
				"lastName", "Iyer", "email", "ravi.iyer@example.in")), "records").get(0).customerId();
		set("EMAIL", "MARKETING", true, "2026-03-01T09:00:00Z");
		this.admin.ok(SET, Map.of("id", ravi, "channel", "PUSH", "purpose", "SERVICE", "granted", false, "source", "app"));
		String page = "{ customers(first: 10) { edges { node { id %s } } } }";
		long start = this.graph.queriesRun();
		this.admin.ok(page.formatted(""), Map.of());
		long withoutConsents = this.graph.queriesRun() - start;
		start = this.graph.queriesRun();
		JsonNode edges = this.admin.ok(page.formatted("consents { channel purpose state }"), Map.of())
			.path("customers").path("edges");
		assertThat(this.graph.queriesRun() - start).as("one query for every customer's consents")
			.isEqualTo(withoutConsents + 1);
		assertThat(edges.findValuesAsString("channel")).containsExactlyInAnyOrder("EMAIL", "PUSH");
	}

	@Test
	void aMergedCustomersConsentsCountForTheSurvivorLatestWinning() {
		String ravi = this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "2", "firstName", "Ravi",
				"lastName", "Iyer", "email", "ravi.iyer@example.in")), "records").get(0).customerId();
		this.admin.ok(SET, Map.of("id", ravi, "channel", "EMAIL", "purpose", "MARKETING", "granted", true, "source", "app",
				"at", "2026-03-01T09:00:00Z"));
		set("EMAIL", "MARKETING", false, "2026-03-02T09:00:00Z");
		this.admin.ok("mutation($ids: [ID!]!) { merge(customerIds: $ids, reason: \"same person\") { id } }",
				Map.of("ids", List.of(this.asha, ravi)));
		String survivor = this.admin.ok("query($id: ID!) { customer(id: $id) { id } }", Map.of("id", ravi))
			.path("customer").path("id").asString();
		JsonNode shown = this.admin.ok(CONSENTS, Map.of("id", survivor)).path("customer").path("consents");
		assertThat(shown).hasSize(1);
		assertThat(shown.get(0).path("state").asString()).as("the later withdrawal, whoever held it").isEqualTo("WITHDRAWN");
		assertThat(this.consents.allows(ravi, ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isFalse();
		assertThat(this.consents.allows(this.asha, ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isFalse();

		JsonNode regranted = this.admin.ok(SET, Map.of("id", ravi, "channel", "EMAIL", "purpose", "MARKETING", "granted", true,
				"source", "app", "at", "2026-03-03T09:00:00Z")).path("setConsent");
		assertThat(regranted.path("state").asString()).isEqualTo("GRANTED");
		assertThat(this.consents.allows(survivor, ConsentChannel.EMAIL, ConsentPurpose.MARKETING)).isTrue();
	}

	@Test
	void anErasedCustomerLeavesNoConsentBehind() {
		set("EMAIL", "MARKETING", true, "2026-03-01T09:00:00Z");
		this.admin.ok("mutation($id: ID!) { eraseCustomer(id: $id, reason: \"request 9\") { id } }", Map.of("id", this.asha));
		assertThat(this.probe.summary()).doesNotContainKeys("node::Consent", "node::ConsentStatement");
		assertThat(this.fingerprint.allText()).doesNotContain("form-118").doesNotContain("mobile_app");
		assertThat(this.consents.allows(this.asha, ConsentChannel.EMAIL, ConsentPurpose.SERVICE)).isFalse();
		assertField(this.admin.refused(SET, vars("EMAIL", "MARKETING", true, "mobile_app", "form-1"), "BAD_REQUEST"),
				"customerId");
	}

	private JsonNode set(String channel, String purpose, boolean granted, String at) {
		Map<String, Object> vars = new java.util.HashMap<>(vars(channel, purpose, granted, "mobile_app", "form-118"));
		vars.put("at", at);
		return this.admin.ok(SET, vars);
	}

	private Map<String, Object> vars(String channel, String purpose, boolean granted, String source, String proof) {
		return Map.of("id", this.asha, "channel", channel, "purpose", purpose, "granted", granted, "source", source,
				"proof", proof);
	}

	private static Map<String, Object> event(String id, String at, Map<String, Object> properties) {
		return Map.of("eventId", id, "type", "consent_updated", "at", at, "channel", "APP", "identifiers",
				Map.of("email", "asha.verma@example.in"), "properties", properties);
	}

	private static void assertField(GraphQlHttp.Response response, String field) {
		assertThat(response.errors().get(0).path("extensions").path("field").asString()).as(response.body().toString())
			.isEqualTo(field);
	}

}
