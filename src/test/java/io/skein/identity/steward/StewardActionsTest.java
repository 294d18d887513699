package io.skein.identity.steward;

import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import io.skein.identity.Ids;
import io.skein.identity.resolution.MatchExplainer;
import io.skein.identity.resolution.People;
import io.skein.identity.resolution.ResolutionService;
import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SkeinTest
class StewardActionsTest {

	@Autowired
	IngestService ingest;

	@Autowired
	StewardService steward;

	@Autowired
	ResolutionService resolution;

	@Autowired
	MatchExplainer explainer;

	@Autowired
	GraphProbe probe;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@LocalServerPort
	int port;

	private String ingestOne(Map<String, Object> record) {
		return this.ingest.ingestRecords(List.of(record), "records").get(0).customerId();
	}

	private void event(String eventId, Map<String, Object> fields) {
		Map<String, Object> e = new java.util.LinkedHashMap<>(Map.of("eventId", eventId, "type", "Page_viewed", "at",
				"2026-03-01T10:00:00Z", "channel", "WEB"));
		e.putAll(fields);
		this.ingest.track(List.of(e), "events");
	}

	@Test
	@Tag("server")
	void mergeKeepsTheOlderIdAndUndoRestoresEverything() {
		String older = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita@example.in")));
		String newer = ingestOne(People.record("web", "1", "Ani", "D", null, null, Map.of("phone", "9845012345")));
		event("e1", Map.of("deviceId", "dev-1", "identifiers", Map.of("phone", "9845012345")));
		Map<String, Long> before = this.probe.summary();

		StewardActionView merge = this.steward.merge(List.of(newer, older), "same person, checked by phone");

		assertThat(merge.type()).isEqualTo("MERGE");
		assertThat(merge.actor()).as("the signed-in test admin is the actor").isEqualTo("test-admin");
		assertThat(merge.afterMap()).containsEntry("survivorId", older);
		assertThat(this.probe.customerOf("web", "1")).isEqualTo(older);
		assertThat(this.probe.activeCustomers()).isEqualTo(1);
		assertIntact();
		// the merge survives resolution as a must-link even though the scores alone would not link
		this.resolution.resolve();
		assertThat(this.probe.customerOf("web", "1")).isEqualTo(older);
		assertThat(this.steward.actions(10, null, newer).edges()).hasSize(1);

		StewardActionView undo = this.steward.undo(merge.id());

		assertThat(undo.type()).isEqualTo("UNDO");
		assertThat(undo.undoes()).isEqualTo(merge.id());
		assertThat(this.probe.customerOf("web", "1")).isEqualTo(newer);
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(older);
		assertThat(withoutAudit(this.probe.summary())).isEqualTo(withoutAudit(before));
		assertIntact();
		assertThat(this.steward.find(merge.id()).undoneBy()).isEqualTo(undo.id());
	}

	@Test
	@SuppressWarnings("unchecked")
	void splitMovesRecordsAndTheirHistoryAndUndoPutsThemBack() {
		String customer = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita@example.in")));
		ingestOne(People.record("core_banking", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita@example.in", "accounts", List.of(Map.of("accountNumber", "5550001")))));
		// the wrong person (a daughter with a similar name), stitched by a shared family email
		ingestOne(People.record("branch", "7", "Anika", "Desai", "2001-09-09", "Pune",
				Map.of("email", "anita@example.in", "accounts", List.of(Map.of("accountNumber", "7770001")),
						"phone", "9000012345")));
		event("e1", Map.of("deviceId", "dev-kiran", "identifiers", Map.of("phone", "9000012345")));
		event("e2", Map.of("deviceId", "dev-kiran"));
		event("e3", Map.of("identifiers", Map.of("source", "branch", "sourceId", "7")));
		event("e4", Map.of("deviceId", "dev-anita", "identifiers", Map.of("email", "anita@example.in")));
		assertThat(this.probe.activeCustomers()).isEqualTo(1);
		Map<String, Long> before = this.probe.summary();
		String kiran = Ids.sourceRecord("branch", "7");

		StewardActionView split = this.steward.split(customer, List.of(kiran), "Kiran is Anita's son");

		String newId = (String) split.afterMap().get("newCustomerId");
		assertThat(this.probe.customerOf("branch", "7")).isEqualTo(newId);
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(customer);
		assertThat((List<Object>) split.afterMap().get("movedInteractions")).containsExactlyInAnyOrder("e1", "e2", "e3");
		assertThat((List<Object>) split.afterMap().get("movedIdentifiers")).contains("DEVICE:dev-kiran");
		assertIntact();
		// the split is a cannot-link: neither stitching nor resolution joins them again
		ingestOne(People.record("branch", "8", "Anika", "Desai", "2001-09-09", "Pune", Map.of("email", "anita@example.in")));
		this.resolution.resolve();
		assertThat(this.probe.customerOf("branch", "7")).isNotEqualTo(this.probe.customerOf("crm", "1"));
		assertThat(this.explainer.explain(kiran, Ids.sourceRecord("crm", "1")).reasons())
			.anyMatch(r -> r.startsWith("split apart by steward"));

		this.steward.undo(split.id());
		assertThat(this.probe.customerOf("branch", "7")).isEqualTo(this.probe.customerOf("crm", "1"));
		assertIntact();
	}

	@Test
	@Tag("server")
	void splitUndoneRightAway() {
		String customer = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita@example.in")));
		ingestOne(People.record("branch", "7", "Anika", "Desai", "2001-09-09", "Pune",
				Map.of("email", "anita@example.in", "accounts", List.of(Map.of("accountNumber", "7770001")))));
		event("e1", Map.of("deviceId", "dev-kiran", "identifiers", Map.of("accountNumber", "7770001")));
		Map<String, Long> before = this.probe.summary();

		StewardActionView split = this.steward.split(customer, List.of(Ids.sourceRecord("branch", "7")), "son");
		this.steward.undo(split.id());

		assertThat(this.probe.customerOf("branch", "7")).isEqualTo(customer);
		assertThat(withoutAudit(this.probe.summary())).isEqualTo(withoutAudit(before));
		assertIntact();
	}

	@Test
	@Tag("server")
	void banKeepsCustomersApartInStitchingAndResolution() {
		String a = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("phone", "9845012345")));
		// real-time resolution links the near-duplicate at once: the steward splits it off, then bans the link
		assertThat(ingestOne(People.record("core_banking", "1", "Anitha", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anitha@example.in")))).isEqualTo(a);
		StewardActionView split = this.steward.split(a, List.of(Ids.sourceRecord("core_banking", "1")), "twins");
		String b = this.probe.customerOf("core_banking", "1");
		assertThat(b).isNotEqualTo(a);

		StewardActionView ban = this.steward.ban(a, b, "twins");

		// deterministic: a record holding a's phone (same name) and b's email would bridge them
		var bridge = this.ingest.ingestRecords(List.of(People.record("crm", "2", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anitha@example.in", "phone", "9845012345"))), "records").get(0);
		assertThat(bridge.warnings()).anyMatch(w -> w.contains("a steward banned linking them"));
		assertThat(this.probe.customerOf("crm", "1")).isNotEqualTo(this.probe.customerOf("core_banking", "1"));
		this.resolution.resolve();
		assertThat(this.probe.customerOf("crm", "1")).isNotEqualTo(this.probe.customerOf("core_banking", "1"));
		assertThat(this.explainer.explain(a, b).reasons()).anyMatch(r -> r.startsWith("banned by steward"));
		assertIntact();

		this.steward.undo(ban.id());
		this.steward.undo(split.id());
		this.resolution.resolve();
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(this.probe.customerOf("core_banking", "1"));
	}

	@Test
	void mergeSplitUndoSequenceKeepsEveryRecord() {
		String a = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of()));
		String b = ingestOne(People.record("web", "1", "Ravi", "Kumar", "1975-06-07", "Chennai", Map.of()));
		String c = ingestOne(People.record("app", "1", "Meera", "Iyer", "1990-01-01", "Kochi", Map.of()));
		event("e1", Map.of("identifiers", Map.of("source", "web", "sourceId", "1")));
		StewardActionView m1 = this.steward.merge(List.of(a, b), "test");
		StewardActionView m2 = this.steward.merge(List.of(a, c), "test");
		assertIntact();
		StewardActionView s = this.steward.split(a, List.of(Ids.sourceRecord("web", "1")), "test");
		assertIntact();
		assertThatThrownBy(() -> this.steward.undo(m1.id())).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("later action");
		this.steward.undo(s.id());
		this.steward.undo(m2.id());
		this.steward.undo(m1.id());
		assertIntact();
		assertThat(this.probe.activeCustomers()).isEqualTo(3);
		assertThat(this.probe.customerOf("web", "1")).isEqualTo(b);
		assertThat(this.steward.actions(10, null, null).edges()).hasSize(6);
	}

	/**
	 * Found by the random steward sequences: a merge once kept an older anonymous profile as survivor, so
	 * it held records, and a later login event absorbed it into a customer its records were banned from.
	 */
	@Test
	void mergingAnAnonymousProfileKeepsTheKnownCustomerSoALoginCannotBridgeABan() {
		event("e0", Map.of("anonymousId", "ck-1"));
		String anita = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita@example.in")));
		String ravi = ingestOne(People.record("crm", "2", "Ravi", "Kumar", "1975-06-07", "Chennai",
				Map.of("email", "ravi@example.in")));
		String anonymous = this.probe.rows("customer-of-event", Map.of("eventId", "e0")).get(0).get("id").asString();
		assertThat(anonymous).startsWith("a-");

		StewardActionView merge = this.steward.merge(List.of(anonymous, anita), "her browser");
		assertThat(merge.afterMap()).containsEntry("survivorId", anita);
		this.steward.ban(anita, ravi, "different people");
		event("e1", Map.of("anonymousId", "ck-1", "identifiers", Map.of("email", "ravi@example.in")));

		assertThat(this.probe.customerOf("crm", "1")).isNotEqualTo(this.probe.customerOf("crm", "2"));
		assertIntact();
	}

	/**
	 * Found by the random steward sequences: a record carrying an email an anonymous profile saw joins that
	 * profile; once a split put a ban between its records, a login event must not merge the parts again.
	 */
	@Test
	void aLoginEventDoesNotMergeAProfileAcrossABan() {
		event("e1", Map.of("anonymousId", "ck-5", "identifiers", Map.of("email", "anita@example.in")));
		ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of("email", "anita@example.in")));
		String profile = ingestOne(People.record("crm", "2", "Anika", "Desai", "2001-09-09", "Pune",
				Map.of("email", "anita@example.in")));
		assertThat(profile).startsWith("a-").isEqualTo(this.probe.customerOf("crm", "1"));
		this.steward.split(profile, List.of(Ids.sourceRecord("crm", "2")), "son");

		var login = this.ingest.track(List.of(Map.of("eventId", "e2", "type", "Page_viewed", "anonymousId", "ck-5",
				"identifiers", Map.of("email", "anita@example.in"))), "events").get(0);

		assertThat(this.probe.customerOf("crm", "1")).isNotEqualTo(this.probe.customerOf("crm", "2"));
		assertThat(login.warnings()).anyMatch(w -> w.contains("a steward banned linking them"));
		assertIntact();
	}

	/** Found by the random steward sequences: undoing a split whose customer ingestion had merged away since. */
	@Test
	void undoingASplitFollowsACustomerThatIngestionMergedAway() {
		String older = herWorkCustomer();
		String customer = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita@example.in", "accounts", List.of(Map.of("accountNumber", "5550001")))));
		ingestOne(People.record("branch", "7", "Anika", "Desai", "2001-09-09", "Pune", Map.of("email", "anita@example.in")));
		StewardActionView split = this.steward.split(customer, List.of(Ids.sourceRecord("branch", "7")), "son");
		bridgeToHerWorkCustomer();
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(older);

		this.steward.undo(split.id());

		assertThat(this.probe.customerOf("branch", "7")).isEqualTo(older);
		assertIntact();
	}

	/** Found by the random steward sequences: undoing a merge whose survivor ingestion had merged away since. */
	@Test
	void undoingAMergeFollowsASurvivorThatIngestionMergedAway() {
		String older = herWorkCustomer();
		String anita = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("accounts", List.of(Map.of("accountNumber", "5550001")))));
		String ravi = ingestOne(People.record("web", "1", "Ravi", "Kumar", "1975-06-07", "Chennai", Map.of()));
		event("e1", Map.of("identifiers", Map.of("source", "web", "sourceId", "1")));
		StewardActionView merge = this.steward.merge(List.of(anita, ravi), "looked alike");
		bridgeToHerWorkCustomer();
		assertThat(this.probe.customerOf("web", "1")).isEqualTo(older);

		this.steward.undo(merge.id());

		assertThat(this.probe.customerOf("web", "1")).isEqualTo(ravi);
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(older);
		assertThat(this.probe.rows("customer-state", Map.of("id", ravi)).get(0).get("interactions").asLong()).isEqualTo(1);
		assertIntact();
	}

	@Test
	void badInputIsRejectedAndChangesNothing() {
		String a = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of()));
		String b = ingestOne(People.record("web", "1", "Ravi", "Kumar", "1975-06-07", "Chennai", Map.of()));
		StewardActionView ban = this.steward.ban(a, b, "different people");
		this.steward.undo(ban.id());
		Map<String, Long> before = this.probe.summary();
		GraphQlHttp http = new GraphQlHttp(this.port);

		assertError(http, "mutation { merge(customerIds: [\"c-nope\", \"" + a + "\"], reason: \"x\") { id } }", "NOT_FOUND", "customerIds");
		assertError(http, "mutation { merge(customerIds: [\"" + a + "\", \"" + a + "\"], reason: \"x\") { id } }", "BAD_REQUEST", "customerIds");
		assertError(http, "mutation { merge(customerIds: [\"" + a + "\", \"" + b + "\"], reason: \" \") { id } }", "BAD_REQUEST", "reason");
		assertError(http, "mutation { split(customerId: \"" + a + "\", sourceRecordIds: [\"" + Ids.sourceRecord("crm", "1")
				+ "\"], reason: \"x\") { id } }", "BAD_REQUEST", "sourceRecordIds");
		assertError(http, "mutation { split(customerId: \"" + a + "\", sourceRecordIds: [\"" + Ids.sourceRecord("web", "1")
				+ "\"], reason: \"x\") { id } }", "BAD_REQUEST", "sourceRecordIds");
		assertError(http, "mutation { split(customerId: \"c-nope\", sourceRecordIds: [\"r-nope\"], reason: \"x\") { id } }", "NOT_FOUND", "customerId");
		assertError(http, "mutation { banConnection(a: \"" + a + "\", b: \"" + a + "\", reason: \"x\") { id } }", "BAD_REQUEST", "b");
		assertError(http, "mutation { undo(actionId: \"sa-nope\") { id } }", "NOT_FOUND", "actionId");
		assertError(http, "mutation { undo(actionId: \"" + ban.id() + "\") { id } }", "BAD_REQUEST", "actionId");
		assertError(http, "{ explainMatch(a: \"r-nope\", b: \"" + a + "\") { band } }", "NOT_FOUND", "a");

		assertThat(this.probe.summary()).isEqualTo(before);
	}

	@Test
	void stewardsWorkThroughGraphQl() {
		String a = ingestOne(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of()));
		ingestOne(People.record("web", "1", "Anita", "Desai", null, null, Map.of()));
		GraphQlHttp http = new GraphQlHttp(this.port);
		JsonNode run = http.post("mutation { resolveIdentities { records clusters trainedModel } }", Map.of()).data();
		assertThat(run.path("resolveIdentities").path("records").asInt()).isEqualTo(2);
		JsonNode queue = http.post("{ reviewQueue(first: 5) { totalCount edges { node { kind total left { id records { name } } "
				+ "explanation { band linked reasons comparisons { attribute level weight } } } } } }", Map.of()).data();
		assertThat(queue.path("reviewQueue").path("totalCount").asInt()).isEqualTo(1);
		JsonNode item = queue.path("reviewQueue").path("edges").get(0).path("node");
		assertThat(item.path("kind").asString()).isEqualTo("REVIEW");
		assertThat(item.path("explanation").path("linked").asBoolean()).isFalse();
		JsonNode explained = http.post("query($a: ID!, $b: ID!) { explainMatch(a: $a, b: $b) { band total linked reasons } }",
				Map.of("a", Ids.sourceRecord("crm", "1"), "b", Ids.sourceRecord("web", "1"))).data();
		assertThat(explained.path("explainMatch").path("band").asString()).isEqualTo("REVIEW");
		JsonNode merged = http.post("mutation($ids: [ID!]!) { merge(customerIds: $ids, reason: \"reviewed\") { id type actor after } }",
				Map.of("ids", List.of(a, this.probe.customerOf("web", "1")))).data();
		assertThat(merged.path("merge").path("type").asString()).isEqualTo("MERGE");
		JsonNode actions = http.post("query($c: ID) { stewardActions(customerId: $c) { edges { node { id type reason } } } }",
				Map.of("c", a)).data();
		assertThat(actions.path("stewardActions").path("edges")).hasSize(1);
		JsonNode customer = http.post("query($c: ID!) { customer(id: $c) { id sourceRecords { id } } }",
				Map.of("c", this.probe.customerOf("web", "1"))).data();
		assertThat(customer.path("customer").path("sourceRecords")).hasSize(2);
	}

	/** Anita's customer from her work email, older than any other in these tests. */
	private String herWorkCustomer() {
		return ingestOne(People.record("core_banking", "9", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita.work@example.in")));
	}

	/** A record holding her work email and account 5550001: ingestion merges their customers into her work one. */
	private void bridgeToHerWorkCustomer() {
		ingestOne(People.record("web", "3", "Anita", "Desai", null, null,
				Map.of("email", "anita.work@example.in", "accounts", List.of(Map.of("accountNumber", "5550001")))));
	}

	private static void assertError(GraphQlHttp http, String document, String classification, String field) {
		JsonNode errors = http.post(document, Map.of()).errors();
		assertThat(errors.isArray() && errors.size() == 1).as(document + " -> " + errors).isTrue();
		assertThat(errors.get(0).path("extensions").path("classification").asString()).as(errors.toString()).isEqualTo(classification);
		assertThat(errors.get(0).path("extensions").path("field").asString()).isEqualTo(field);
	}

	private void assertIntact() {
		Record row = this.graph.query(this.queries.get("identity/check-integrity"), Map.of(), r -> r).get(0);
		assertThat(row.get("badRecords").asLong()).isZero();
		assertThat(row.get("badInteractions").asLong()).isZero();
	}

	private static Map<String, Long> withoutAudit(Map<String, Long> summary) {
		Map<String, Long> out = new java.util.TreeMap<>(summary);
		out.keySet().removeIf(k -> k.contains("StewardAction") || k.contains("MatchModel") || k.contains("MATCHED"));
		return out;
	}

}
