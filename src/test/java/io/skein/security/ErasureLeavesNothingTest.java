package io.skein.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 2 of issue 13, whole-store version: a person with three records (one split off and the split undone, one merged in,
 * so steward snapshots exist), a cookie, a device, events with PII in a page URL and a note, a segment
 * membership, purposes, accounts and a household with a spouse is erased; then every property of every
 * node and relationship in the store is searched for each of the person's values, and none is found. The
 * spouse's values (the family mailbox and landline they shared) stay, attached only to the spouse.
 */
@SkeinTest
class ErasureLeavesNothingTest {

	/** The person's own values, each of which must be gone from the store (checked case-insensitively). */
	static final List<String> PERSON = List.of("asha", "rao", "98765", "43210", "1990-02-14", "14/02/1990", "MG Road",
			"560001", "Bengaluru", "SB-1001", "SB1001", "SB-2002", "SB2002", "ABCDE1234F", "ck-asha", "dev-asha",
			"ev-asha", "asha.second", "Lead referral by cousin");

	private static final String URL = "https://bank.example/loans/home-loan?email=asha.rao%40example.in&dob=1990-02-14";

	@Autowired
	IngestService ingest;

	@Autowired
	GraphFingerprint graph;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void afterErasureNoPropertyAnywhereHoldsAnyOfThePersonsValues() {
		GraphQlHttp admin = new GraphQlHttp(this.port);
		String asha = this.ingest.ingestRecords(List.of(PiiFixture.record()), "records").get(0).customerId();
		Map<String, Object> web = new HashMap<>(Map.of("source", "web", "sourceId", "w-1", "firstName", "Asha", "lastName",
				"Rao", "email", "asha.rao@example.in", "nationalId", "ABCDE1234F"));
		web.put("accounts", List.of(Map.of("accountNumber", "SB-2002", "productCode", "SAVINGS", "balance", 10.0)));
		web.put("attributes", Map.of("notes", "Lead referral by cousin"));
		this.ingest.ingestRecords(List.of(web), "records");
		Map<String, Object> family = new HashMap<>(Map.of("source", "branch", "sourceId", "b-1", "firstName", "Asha",
				"lastName", "Rao", "dateOfBirth", "1990-02-14", "email", "nest42@example.in", "phone", "+91 80 4111 2222",
				"nationalId", "ABCDE1234F"));
		this.ingest.ingestRecords(List.of(family), "records");
		String spouse = this.ingest.ingestRecords(List.of(Map.of("source", "branch", "sourceId", "b-2", "firstName", "Kiran",
				"lastName", "Menon", "dateOfBirth", "1988-07-01", "email", "nest42@example.in", "phone", "+91 80 4111 2222")),
				"records").get(0).customerId();
		assertThat(spouse).isNotEqualTo(asha);
		this.ingest.track(List.of(PiiFixture.event(),
				Map.of("eventId", "ev-asha-2", "type", "Page_viewed", "at", "2026-11-04T09:15:00Z", "channel", "app",
						"deviceId", "dev-asha-77", "identifiers", Map.of("email", PiiFixture.EMAIL), "properties",
						Map.of("Page URL", URL)),
				Map.of("eventId", "ev-asha-3", "type", "Call_completed", "at", "2026-11-05T10:15:00Z", "channel",
						"call_centre", "identifiers", Map.of("phone", "+91 98765 43210"), "properties",
						Map.of("notes", "Asha (DOB 14/02/1990) asked about a loan; lives at 12 MG Road"))),
				"events");
		String segment = admin.ok("""
				mutation { createSegment(input: { name: "Thirties", rule: { profile: { field: AGE, op: BETWEEN, value: [30, 37] } } }) { id } }""",
				Map.of()).path("createSegment").path("id").asString();

		// A split, its undo and a merge, so that steward actions hold before/after snapshots of the person.
		String webRecord = admin.ok("query($id: ID!) { customer(id: $id) { sourceRecords { id source } } }",
				Map.of("id", asha)).path("customer").path("sourceRecords").valueStream()
			.filter(r -> r.path("source").asString().equals("web")).findFirst().orElseThrow().path("id").asString();
		String split = admin.ok("mutation($c: ID!, $r: [ID!]!) { split(customerId: $c, sourceRecordIds: $r, reason: \"check\") { id } }",
				Map.of("c", asha, "r", List.of(webRecord))).path("split").path("id").asString();
		admin.ok("mutation($a: ID!) { undo(actionId: $a) { id } }", Map.of("a", split));
		String second = this.ingest.ingestRecords(List.of(Map.of("source", "app", "sourceId", "a-1", "firstName", "Asha",
				"lastName", "Rao", "email", "asha.second@example.in")), "records").get(0).customerId();
		// Consents on both, by the mutation and by a consent_updated event: they go with the person.
		admin.ok("mutation($c: ID!) { setConsent(customerId: $c, channel: EMAIL, purpose: MARKETING, granted: true, "
				+ "source: \"app\", proof: \"form-43\") { state } }", Map.of("c", second));
		this.ingest.track(List.of(Map.of("eventId", "ev-asha-consent", "type", "consent_updated", "at", "2026-11-05T11:00:00Z",
				"identifiers", Map.of("email", PiiFixture.EMAIL), "properties", Map.of("channel", "SMS", "purpose", "REMINDERS",
						"granted", true))), "events");
		if (!second.equals(asha)) {
			admin.ok("mutation($ids: [ID!]!) { merge(customerIds: $ids, reason: \"same person\", force: true) { id } }",
					Map.of("ids", List.of(asha, second)));
		}
		assertThat(this.graph.allText()).as("the fixture really stores the values first").contains("asha.rao@example.in",
				"SB-2002", "dev-asha-77", "ck-asha", "Lead referral", "form-43", "event:ev-asha-consent");
		assertThat(admin.ok("query($s: ID!) { segment(id: $s) { members { totalCount } } }", Map.of("s", segment))
			.path("segment").path("members").path("totalCount").asInt()).isEqualTo(1);

		assertThat(admin.ok("query($id: ID!) { customer(id: $id) { household { members { id } } } }", Map.of("id", spouse))
			.path("customer").path("household").path("members").toString()).as("the spouse shares a household").contains(asha);

		admin.ok("mutation($id: ID!) { eraseCustomer(id: $id, reason: \"GDPR art. 17 request #43\") { id } }",
				Map.of("id", asha));

		String stored = everyProperty().toLowerCase(java.util.Locale.ROOT);
		for (String value : PERSON) {
			assertThat(stored).as("still stored somewhere: " + value).doesNotContain(value.toLowerCase(java.util.Locale.ROOT));
		}
		// What the spouse shared with the person is the spouse's data too: it stays, on the spouse only.
		assertThat(stored).contains("nest42@example.in", "kiran");
		try (Session session = this.driver.session()) {
			long holders = session.run("""
					MATCH (n:Identifier {key: 'EMAIL:nest42@example.in'})<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(c:Customer)
					RETURN count(DISTINCT c) AS n""").single().get("n").asLong();
			assertThat(holders).isEqualTo(1);
		}
		assertThat(admin.ok("query($s: ID!) { segment(id: $s) { members { totalCount } } }", Map.of("s", segment))
			.path("segment").path("members").path("totalCount").asInt()).isZero();
		try (Session session = this.driver.session()) {
			assertThat(session.run("""
					MATCH (c:Customer {id: $id})<-[:MERGED_INTO*0..]-(x:Customer)
					RETURN COUNT { (x)<-[:OF_CUSTOMER]-() } + COUNT { (x)<-[:FOR_CUSTOMER]-(:SegmentEvent) }
					       + COUNT { (x)-[:MEMBER_OF|IN_SEGMENT]->() } + COUNT { (x)<-[:SEEN_FOR]-() }
					       + COUNT { (x)-[:HAS_CONSENT]->() } AS linked""",
					Map.of("id", asha)).list(r -> r.get("linked").asLong()))
				.as("no interaction, purpose, drop-off, segment history, household, device or consent left linked").containsOnly(0L);
			assertThat(session.run("MATCH (k:Consent|ConsentStatement) RETURN count(k) AS n").single().get("n").asLong())
				.as("consents and their history are deleted").isZero();
		}
		assertThat(admin.ok("query($id: ID!) { customer(id: $id) { household { id } } }", Map.of("id", spouse))
			.path("customer").path("household").isNull()).as("a household of one is none").isTrue();
		JsonNode actions = admin.ok("query($id: ID!) { stewardActions(customerId: $id) { edges { node { type before after } } } }",
				Map.of("id", asha)).path("stewardActions").path("edges");
		assertThat(actions).hasSizeGreaterThanOrEqualTo(2);
		assertThat(actions.toString()).contains("erased");
		assertThat(actions.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContain("asha").doesNotContain("ck-");
	}

	/** Every property of every node and relationship, keys and values, as text. */
	private String everyProperty() {
		StringBuilder text = new StringBuilder(this.graph.allText());
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) UNWIND keys(n) AS k RETURN k UNION MATCH ()-[x]->() UNWIND keys(x) AS k RETURN k")
				.forEachRemaining(r -> text.append(r.get("k").asString()).append('\n'));
		}
		return text.toString();
	}

}
