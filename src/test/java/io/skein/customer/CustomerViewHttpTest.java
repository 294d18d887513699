package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 360 view over HTTP: a customer known to two source systems, browsing anonymously on the web, then
 * logging in (which ties the cookie's history to them), then using the app.
 */
@SkeinTest
@Tag("server")
class CustomerViewHttpTest {

	@Autowired
	IngestService ingest;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	String ashaId;

	String raviId;

	@BeforeEach
	void loadCustomers() {
		this.http = new GraphQlHttp(this.port);
		Map<String, Object> crm = new HashMap<>();
		crm.put("source", "crm");
		crm.put("sourceId", "1");
		crm.put("firstName", "Asha");
		crm.put("lastName", "Rao");
		crm.put("email", "Asha.Rao@Example.in");
		crm.put("phone", "+91 98765 43210");
		crm.put("dateOfBirth", "1990-02-30");
		crm.put("address", Map.of("line1", "12 MG Road", "city", "Bengaluru", "postcode", "560001"));
		crm.put("attributes", Map.of("IsGlobetrotter", true, "income", 7200));
		crm.put("accounts", List.of(
				Map.of("accountNumber", "SB-1001", "productCode", "SAVINGS", "balance", 1500.0, "currency", "INR"),
				Map.of("accountNumber", "CC-2002", "productCode", "CREDIT_CARD", "openedAt", "2021-06-01")));
		this.ashaId = record(crm).customerId();
		IngestResult core = record(Map.of("source", "core", "sourceId", "77", "firstName", "Asha", "lastName",
				"Rao-Menon", "email", "asha.rao@example.in", "attributes", Map.of("income", 8000), "accounts",
				List.of(Map.of("accountNumber", "SB 1001", "productCode", "SAVINGS", "balance", 2500.0, "currency",
						"INR"))));
		assertThat(core.customerId()).isEqualTo(this.ashaId);
		this.raviId = record(Map.of("source", "crm", "sourceId", "2", "firstName", "Ravi", "lastName", "Kumar", "email",
				"ravi@example.in")).customerId();
		assertThat(this.raviId).isNotEqualTo(this.ashaId);

		track(Map.of("eventId", "web-1", "type", "page_view", "channel", "web", "at", "2026-03-01T10:00:00Z",
				"anonymousId", "ck-1", "properties", Map.of("category", "loans", "url", "/loans/home")));
		track(Map.of("eventId", "web-2", "type", "page_view", "channel", "web", "at", "2026-03-01T10:05:00Z",
				"anonymousId", "ck-1", "properties", Map.of("category", "loans", "url", "/loans/apply")));
		IngestResult login = track(Map.of("eventId", "login-3", "type", "login", "channel", "web", "at",
				"2026-03-01T10:10:00Z", "anonymousId", "ck-1", "identifiers", Map.of("email", "asha.rao@example.in")));
		assertThat(login.customerId()).isEqualTo(this.ashaId);
		track(Map.of("eventId", "app-4", "type", "screen_view", "channel", "app", "at", "2026-03-02T08:00:00Z",
				"deviceId", "dev-9", "identifiers", Map.of("email", "asha.rao@example.in"), "properties",
				Map.of("category", "cards", "screen", "card-offers")));
		track(Map.of("eventId", "app-5", "type", "payment", "channel", "app", "at", "2026-03-03T09:30:00+05:30",
				"deviceId", "dev-9", "properties", Map.of("category", "cards", "amount", 99.5)));
		track(Map.of("eventId", "ravi-1", "type", "page_view", "channel", "web", "at", "2026-03-04T00:00:00Z",
				"identifiers", Map.of("email", "ravi@example.in")));
	}

	@Test
	void the360ViewShowsProfileIdentifiersRecordsAccountsDevicesAndTimeline() {
		GraphQlHttp.Response response = this.http.post(Documents.named("customer360"), Map.of("id", this.ashaId));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		JsonNode customer = response.data().path("customer");
		assertThat(customer.path("id").asString()).isEqualTo(this.ashaId);
		assertThat(customer.path("kind").asString()).isEqualTo("KNOWN");

		JsonNode profile = customer.path("profile");
		assertThat(profile.path("firstName").path("value").asString()).isEqualTo("Asha");
		assertThat(profile.path("firstName").path("rule").asString()).isEqualTo("MOST_RECENT");
		// the core record came later: its surname wins, the phone only the CRM record has comes from the CRM
		assertThat(profile.path("lastName").path("value").asString()).isEqualTo("Rao-Menon");
		assertThat(profile.path("lastName").path("source").asString()).isEqualTo("core");
		assertThat(profile.path("lastName").path("sourceId").asString()).isEqualTo("77");
		assertThat(profile.path("phone").path("value").asString()).isEqualTo("+91 98765 43210");
		assertThat(profile.path("phone").path("source").asString()).isEqualTo("crm");
		assertThat(profile.path("address").path("value").asString()).isEqualTo("12 MG Road, Bengaluru, 560001");
		assertThat(isNull(profile.path("dateOfBirth"))).as("an impossible date is not a profile value").isTrue();
		assertThat(profile.path("lastName").path("observedAt").asString())
			.isGreaterThan(profile.path("phone").path("observedAt").asString());
		Map<String, String> attributes = new HashMap<>();
		profile.path("attributes").forEach(a -> attributes.put(a.path("name").asString(),
				a.path("value").toString() + "@" + a.path("source").asString()));
		assertThat(attributes).containsExactlyInAnyOrderEntriesOf(
				Map.of("income", "8000@core", "IsGlobetrotter", "true@crm"));

		List<String> identifiers = new ArrayList<>();
		customer.path("identifiers").forEach(i -> {
			identifiers.add(i.path("type").asString() + ":" + i.path("value").asString());
			assertThat(i.path("guarded").asBoolean()).isFalse();
		});
		assertThat(identifiers).containsExactlyInAnyOrder("EMAIL:asha.rao@example.in", "PHONE:+919876543210",
				"ACCOUNT_NUMBER:SB1001", "ACCOUNT_NUMBER:CC2002", "COOKIE:ck-1", "DEVICE:dev-9");

		JsonNode records = customer.path("sourceRecords");
		assertThat(records.size()).isEqualTo(2);
		assertThat(records.get(0).path("source").asString()).as("newest first").isEqualTo("core");
		JsonNode crmRecord = records.get(1);
		assertThat(crmRecord.path("payload").path("firstName").asString()).isEqualTo("Asha");
		assertThat(crmRecord.path("payload").path("attributes").path("income").asInt()).isEqualTo(7200);
		assertThat(crmRecord.path("warnings").toString()).contains("dateOfBirth");
		assertThat(crmRecord.path("customer").path("id").asString()).isEqualTo(this.ashaId);

		Map<String, JsonNode> accounts = new HashMap<>();
		customer.path("accounts").forEach(a -> accounts.put(a.path("accountNumber").asString(), a));
		assertThat(accounts).containsOnlyKeys("SB1001", "CC2002");
		JsonNode savings = accounts.get("SB1001");
		assertThat(savings.path("product").path("code").asString()).isEqualTo("SAVINGS");
		assertThat(savings.path("product").path("category").asString()).isEqualTo("DEPOSITS");
		assertThat(savings.path("balance").asDouble()).as("as the most recent record says").isEqualTo(2500.0);
		assertThat(savings.path("assertedBy").path("source").asString()).isEqualTo("core");
		assertThat(savings.path("assertedBy").path("customer").path("id").asString()).isEqualTo(this.ashaId);
		JsonNode card = accounts.get("CC2002");
		assertThat(card.path("product").path("name").asString()).isEqualTo("Credit card");
		assertThat(card.path("openedAt").asString()).isEqualTo("2021-06-01");
		assertThat(card.path("assertedBy").path("sourceId").asString()).isEqualTo("1");

		Map<String, String> devices = new HashMap<>();
		customer.path("devices").forEach(d -> devices.put(d.path("type").asString() + ":" + d.path("id").asString(),
				d.path("firstSeen").asString() + ".." + d.path("lastSeen").asString()));
		assertThat(devices).containsExactlyInAnyOrderEntriesOf(Map.of(
				"COOKIE:ck-1", "2026-03-01T10:00:00Z..2026-03-01T10:10:00Z",
				"DEVICE:dev-9", "2026-03-02T08:00:00Z..2026-03-03T04:00:00Z"));

		JsonNode interactions = customer.path("interactions");
		assertThat(eventIds(interactions)).containsExactly("app-5", "app-4", "login-3", "web-2", "web-1");
		assertThat(interactions.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		JsonNode payment = interactions.path("edges").get(0).path("node");
		assertThat(payment.path("channel").asString()).isEqualTo("APP");
		assertThat(payment.path("at").asString()).isEqualTo("2026-03-03T04:00:00Z");
		assertThat(payment.path("category").asString()).isEqualTo("cards");
		assertThat(payment.path("properties").path("amount").asDouble()).isEqualTo(99.5);

		JsonNode merges = customer.path("merges");
		assertThat(merges.size()).as("the anonymous web profile was absorbed at login").isEqualTo(1);
		assertThat(merges.get(0).path("survivorId").asString()).isEqualTo(this.ashaId);
		assertThat(merges.get(0).path("absorbedIds").get(0).asString()).startsWith("a-");
		assertThat(merges.get(0).path("triggeredBy").get(0).asString()).isEqualTo("login-3");
	}

	@Test
	void interactionsFilterByChannelCategoryAndTime() {
		assertThat(eventIds(interactions(Map.of("channel", List.of("APP"))))).containsExactly("app-5", "app-4");
		assertThat(eventIds(interactions(Map.of("channel", List.of("WEB", "BRANCH")))))
			.containsExactly("login-3", "web-2", "web-1");
		assertThat(eventIds(interactions(Map.of("category", List.of("loans"))))).containsExactly("web-2", "web-1");
		assertThat(eventIds(interactions(Map.of("from", "2026-03-01T10:05:00Z", "to", "2026-03-02T13:30:00+05:30"))))
			.as("bounds are inclusive and offsets are honoured")
			.containsExactly("app-4", "login-3", "web-2");
		assertThat(eventIds(interactions(Map.of("channel", List.of("WEB"), "category", List.of("cards"))))).isEmpty();
	}

	@Test
	void interactionsPageWithCursorsWhereTheLastPageStopped() {
		JsonNode first = interactions(Map.of("first", 2));
		assertThat(eventIds(first)).containsExactly("app-5", "app-4");
		assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		JsonNode second = interactions(Map.of("first", 2, "after", first.path("pageInfo").path("endCursor").asString()));
		assertThat(eventIds(second)).containsExactly("login-3", "web-2");
		assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		JsonNode third = interactions(Map.of("first", 2, "after", second.path("pageInfo").path("endCursor").asString()));
		assertThat(eventIds(third)).containsExactly("web-1");
		assertThat(third.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		// a cursor taken from the middle of a page resumes right after that edge, filters still applied
		String afterApp5 = first.path("edges").get(0).path("cursor").asString();
		assertThat(eventIds(interactions(Map.of("after", afterApp5, "channel", List.of("APP"))))).containsExactly("app-4");
	}

	@Test
	void interactionsAtTheSameInstantPageByEventId() {
		track(Map.of("eventId", "ravi-2", "type", "page_view", "channel", "web", "at", "2026-03-05T00:00:00Z",
				"identifiers", Map.of("email", "ravi@example.in")));
		track(Map.of("eventId", "ravi-3", "type", "page_view", "channel", "web", "at", "2026-03-05T05:30:00+05:30",
				"identifiers", Map.of("email", "ravi@example.in")));
		List<String> seen = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>(Map.of("id", this.raviId, "first", 1));
			if (after != null) {
				variables.put("after", after);
			}
			JsonNode page = this.http.post(Documents.named("customerInteractions"), variables)
				.data()
				.path("customer")
				.path("interactions");
			seen.addAll(eventIds(page));
			after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString()
					: null;
		}
		while (after != null && seen.size() < 10);
		assertThat(seen).containsExactly("ravi-3", "ravi-2", "ravi-1");
	}

	@Test
	void customerBySourceRecordAndUnknownIds() {
		JsonNode bySource = this.http
			.post(Documents.named("customerBySourceRecord"), Map.of("source", "core", "sourceId", "77"))
			.data()
			.path("customerBySourceRecord");
		assertThat(bySource.path("id").asString()).isEqualTo(this.ashaId);
		GraphQlHttp.Response none = this.http.post(Documents.named("customerBySourceRecord"),
				Map.of("source", "core", "sourceId", "nope"));
		assertThat(isNull(none.data().path("customerBySourceRecord"))).as(none.body().toString()).isTrue();
		GraphQlHttp.Response unknown = this.http.post(Documents.named("customerSummary"), Map.of("id", "c-unknown"));
		assertThat(unknown.data().isObject()).as(unknown.body().toString()).isTrue();
		assertThat(isNull(unknown.data().path("customer"))).as(unknown.body().toString()).isTrue();
		assertThat(unknown.errors().isMissingNode() || unknown.errors().isEmpty()).isTrue();
	}

	private JsonNode interactions(Map<String, Object> arguments) {
		Map<String, Object> variables = new HashMap<>(arguments);
		variables.put("id", this.ashaId);
		GraphQlHttp.Response response = this.http.post(Documents.named("customerInteractions"), variables);
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString())
			.isTrue();
		return response.data().path("customer").path("interactions");
	}

	/**
	 * Null, or left out: {@code spring.jackson.default-property-inclusion=non_null} drops null fields from
	 * the HTTP response.
	 */
	static boolean isNull(JsonNode node) {
		return node.isNull() || node.isMissingNode();
	}

	static List<String> eventIds(JsonNode connection) {
		List<String> ids = new ArrayList<>();
		connection.path("edges").forEach(e -> ids.add(e.path("node").path("eventId").asString()));
		return ids;
	}

	private IngestResult record(Map<String, Object> record) {
		IngestResult result = this.ingest.ingestRecords(List.of(record), "records").get(0);
		assertThat(result.status()).as(result.toString()).isNotEqualTo(IngestStatus.REJECTED);
		return result;
	}

	private IngestResult track(Map<String, Object> event) {
		IngestResult result = this.ingest.track(List.of(event), "events").get(0);
		assertThat(result.status()).as(result.toString()).isNotEqualTo(IngestStatus.REJECTED);
		return result;
	}

}
