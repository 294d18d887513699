package io.skein.security;

import java.util.List;
import java.util.Map;

import io.skein.delivery.OutboxChannel;
import io.skein.delivery.OutboxFixture;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Export for access requests; erasure that leaves no PII, a PII-free trace, and no silent revival. */
@SkeinTest
@Tag("server")
class ErasureTest {

	private static final String ERASE = """
			mutation($id: ID!) { eraseCustomer(id: $id, reason: "GDPR art. 17 request #42") {
			  id customerId actor reason recordCount interactionCount erasedIdentifierCount } }""";

	@Autowired
	IngestService ingest;

	@Autowired
	GraphFingerprint graph;

	@Autowired
	Graph store;

	@Autowired
	CypherQueries queries;

	@LocalServerPort
	int port;

	GraphQlHttp admin;

	String customerId;

	@BeforeEach
	void setUp() {
		this.admin = new GraphQlHttp(this.port);
		this.customerId = PiiFixture.load(this.ingest);
		this.ingest.ingestRecords(List.of(Map.of("source", "core", "sourceId", "9", "firstName", "Ravi", "email",
				"ravi@example.in")), "records");
		// a message a journey wrote for her: its recipient and text are hers too
		new OutboxFixture(this.store, this.queries).write(List.of(OutboxFixture.message("ji-1:s1", this.customerId,
				OutboxChannel.EMAIL, "asha.rao@example.in", "For Asha", "Hi Asha Rao, your card is ready",
				java.time.Instant.parse("2026-11-02T10:00:00Z"))));
	}

	@Test
	void exportHoldsEverythingOnTheCustomer() {
		JsonNode export = this.admin.post("query($id: ID!) { exportCustomerData(id: $id) }", Map.of("id", this.customerId))
			.data()
			.path("exportCustomerData");
		assertThat(export.path("customer").path("id").asString()).isEqualTo(this.customerId);
		assertThat(export.path("records")).hasSize(1);
		assertThat(export.path("records").get(0).path("record").path("payload").path("email").asString())
			.isEqualTo("Asha.Rao@Example.in");
		assertThat(export.path("records").get(0).path("identifiers").toString()).contains("asha.rao@example.in");
		assertThat(export.path("records").get(0).path("holdings").toString()).contains("SB1001");
		assertThat(export.path("interactions")).hasSize(1);
		assertThat(export.path("interactions").get(0).path("properties").path("Page category").asString()).isEqualTo("Loans");
		assertThat(export.path("messages")).hasSize(1);
		assertThat(export.path("messages").get(0).path("recipient").asString()).isEqualTo("asha.rao@example.in");
		assertThat(export.toString()).doesNotContain("Ravi");
	}

	@Test
	void erasureRemovesEveryPiiValueAndKeepsAPiiFreeTrace() {
		JsonNode erasure = this.admin.post(ERASE, Map.of("id", this.customerId)).data().path("eraseCustomer");
		assertThat(erasure.path("customerId").asString()).isEqualTo(this.customerId);
		assertThat(erasure.path("recordCount").asInt()).isEqualTo(1);
		assertThat(erasure.path("interactionCount").asInt()).isEqualTo(1);
		assertThat(erasure.path("actor").asString()).startsWith("key:test-admin");

		String stored = this.graph.allText();
		for (String pii : List.of("Asha", "Rao", "asha.rao", "98765", "1990-02-14", "MG Road", "560001", "SB1001",
				"Bengaluru", "ck-asha")) {
			assertThat(stored).as("still stored: " + pii).doesNotContain(pii);
		}
		assertThat(stored).contains("Ravi", "ravi@example.in").contains("GDPR art. 17 request #42");

		JsonNode export = this.admin.post("query($id: ID!) { exportCustomerData(id: $id) }", Map.of("id", this.customerId))
			.data()
			.path("exportCustomerData");
		assertThat(export.path("records").get(0).path("record").path("payload").path("erased").asBoolean()).isTrue();
		assertThat(export.path("erasures")).hasSize(1);
		assertThat(export.path("interactions")).as("the behavioural timeline is gone (issue 13, finding 2)").isEmpty();
		assertThat(export.path("messages")).as("the outbox messages are gone").isEmpty();
	}

	/** Finding 2 of issue 13: an earlier steward action's snapshot still held the person's email and accounts. */
	@Test
	void erasureLeavesNoValueInStewardSnapshots() {
		String other = this.ingest.ingestRecords(List.of(Map.of("source", "web", "sourceId", "w-1", "firstName", "Asha",
				"lastName", "Rao", "email", "asha.second@example.in")), "records").get(0).customerId();
		GraphQlHttp.Response merged = this.admin.post(
				"mutation($ids: [ID!]!) { merge(customerIds: $ids, reason: \"same person\") { id customerIds } }",
				Map.of("ids", List.of(this.customerId, other)));
		assertThat(merged.errors().isMissingNode()).as(merged.body().toString()).isTrue();
		String survivor = this.admin.post("query($id: ID!) { customer(id: $id) { id } }", Map.of("id", this.customerId))
			.data().path("customer").path("id").asString();
		assertThat(this.graph.allText()).contains("asha.rao@example.in");
		this.admin.post(ERASE, Map.of("id", survivor));
		String stored = this.graph.allText();
		for (String pii : List.of("asha.rao", "asha.second", "98765", "SB1001", "ABCDE1234F")) {
			assertThat(stored).as("still stored: " + pii).doesNotContain(pii);
		}
		assertThat(stored).contains("same person");
	}

	/** Finding 2 of issue 13: the erased person's timeline and segment memberships stayed linked. */
	@Test
	void erasureUnlinksTheTimelineAndSegmentMemberships() {
		GraphQlHttp.Response created = this.admin.post("""
				mutation { createSegment(input: { name: "Ashas", rule: { profile: { field: FIRST_NAME, op: EQ, value: "Asha" } } }) { id } }""",
				Map.of());
		String segment = created.data().path("createSegment").path("id").asString();
		String members = "query($s: ID!) { segment(id: $s) { members { totalCount } } }";
		assertThat(this.admin.post(members, Map.of("s", segment)).data().path("segment").path("members").path("totalCount")
			.asInt()).isEqualTo(1);
		this.admin.post(ERASE, Map.of("id", this.customerId));
		assertThat(this.admin.post(members, Map.of("s", segment)).data().path("segment").path("members").path("totalCount")
			.asInt()).isZero();
		JsonNode customer = this.admin.post("query($id: ID!) { customer(id: $id) { interactions { edges { node { eventId } } } segments { since } } }",
				Map.of("id", this.customerId)).data().path("customer");
		assertThat(customer.path("interactions").path("edges")).isEmpty();
		assertThat(customer.path("segments")).isEmpty();
		assertThat(this.graph.allText()).doesNotContain("ev-pii-1");
	}

	@Test
	void erasingTwiceChangesNothingMore() {
		String first = this.admin.post(ERASE, Map.of("id", this.customerId)).data().path("eraseCustomer").path("id").asString();
		List<String> before = this.graph.of();
		String second = this.admin.post(ERASE, Map.of("id", this.customerId)).data().path("eraseCustomer").path("id").asString();
		assertThat(second).isEqualTo(first);
		assertThat(this.graph.of()).isEqualTo(before);
	}

	@Test
	void aLaterRecordOrEventWithTheErasedIdentifiersIsRefusedNotRevived() {
		this.admin.post(ERASE, Map.of("id", this.customerId));
		List<String> before = this.graph.of();

		List<IngestResult> again = this.ingest.ingestRecords(List.of(PiiFixture.record(),
				Map.of("source", "web", "sourceId", "w-77", "firstName", "A.", "email", "ASHA.RAO@example.in"),
				Map.of("source", "web", "sourceId", "w-78", "firstName", "Anyone", "phone", "+91 98765 43210")), "records");
		IngestResult event = this.ingest.track(List.of(Map.of("eventId", "ev-new", "type", "Page_viewed",
				"anonymousId", "ck-asha")), "events").get(0);

		assertThat(again).extracting(IngestResult::status).containsOnly(IngestStatus.REJECTED);
		assertThat(again.get(0).errors().get(0).classification()).isEqualTo("REFUSED");
		assertThat(event.status()).isEqualTo(IngestStatus.REJECTED);
		assertThat(this.graph.of()).isEqualTo(before);

		IngestResult unrelated = this.ingest.ingestRecords(List.of(Map.of("source", "web", "sourceId", "w-79",
				"firstName", "Meera", "email", "meera@example.in")), "records").get(0);
		assertThat(unrelated.status()).isEqualTo(IngestStatus.CREATED);
	}

	@Test
	void onlyAdminsEraseAndUnknownIdsAreNotFound() {
		assertThat(this.admin.post(ERASE, Map.of("id", "c-nobody")).errors().get(0).path("extensions")
			.path("classification").asString()).isEqualTo("NOT_FOUND");
	}

}
