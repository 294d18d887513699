package io.skein.support;

import java.util.List;
import java.util.Map;

import io.skein.segment.ShippedSegments;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationContext;

/**
 * A small bank every root field can be called on, built over HTTP as the test admin: Asha (two records,
 * crm:1 and core:7, an account, an insurance page view and a card transaction) and Meera (web:w), a
 * persona with an audience over it, and a VIEWER API key; the clock stands still at {@link #NOW}. {@link ValidCalls} draws its arguments from here.
 */
public record Scene(GraphQlHttp admin, TestClock clock, String asha, String meera, String ashaCoreRecord, String persona, String audience,
		String apiKey) {

	public static final String EVENT_AT = "2026-03-01T09:00:00Z";

	/** The scene's time: the clock stops a day after its events, so every time-derived value is repeatable. */
	public static final String NOW = "2026-03-02T00:00:00Z";

	/**
	 * Empties the graph, puts back what a freshly started application has (attribute definitions and the
	 * shipped segments and personas, which offer pricing rules name) and builds the scene on it.
	 */
	public static Scene fresh(ApplicationContext context, GraphQlHttp admin) {
		EmptyGraphBeforeEach.empty(context);
		context.getBean(ShippedSegments.class).ensure();
		return build(admin, context.getBean(TestClock.class));
	}

	private static Scene build(GraphQlHttp admin, TestClock clock) {
		clock.set(NOW);
		admin.ok("mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }", Map.of("r", List.of(
				Map.of("source", "crm", "sourceId", "1", "firstName", "Asha", "lastName", "Rao", "email", "asha@example.in",
						"dateOfBirth", "1990-02-14", "address", Map.of("city", "Pune"),
						"accounts", List.of(Map.of("accountNumber", "SB1001", "productCode", "SAVINGS", "balance", 1500.0))),
				Map.of("source", "core", "sourceId", "7", "firstName", "Asha", "lastName", "Rao", "email", "asha@example.in",
						"phone", "+919876543210"),
				Map.of("source", "web", "sourceId", "w", "firstName", "Meera", "lastName", "Shah", "email", "meera@example.in",
						"phone", "+919845012345"))));
		admin.ok("mutation($e: [EventInput!]!) { track(events: $e) { status } }", Map.of("e", List.of(
				Map.of("eventId", "scene-1", "type", "Page_viewed", "at", EVENT_AT, "anonymousId", "ck-asha",
						"identifiers", Map.of("email", "asha@example.in"), "properties", Map.of("Page category", "Insurance")),
				Map.of("eventId", "scene-2", "type", "Card_transaction", "at", EVENT_AT, "identifiers",
						Map.of("email", "asha@example.in"), "properties", Map.of("amount", 500)))));
		String asha = admin.ok("{ customerBySourceRecord(source: \"crm\", sourceId: \"1\") { id } }", Map.of())
			.path("customerBySourceRecord").path("id").asString();
		String meera = admin.ok("{ customerBySourceRecord(source: \"web\", sourceId: \"w\") { id } }", Map.of())
			.path("customerBySourceRecord").path("id").asString();
		String core = null;
		for (JsonNode record : admin.ok("query($id: ID!) { customer(id: $id) { sourceRecords { id source } } }",
				Map.of("id", asha)).path("customer").path("sourceRecords")) {
			if (record.path("source").asString().equals("core")) {
				core = record.path("id").asString();
			}
		}
		if (asha.equals(meera) || core == null) {
			throw new AssertionError("the scene needs Asha (two records) and Meera apart: " + asha + " " + meera + " " + core);
		}
		String persona = admin.ok("mutation($i: SegmentInput!) { createSegment(input: $i) { id } }", Map.of("i", Map.of(
				"name", "Scene persona", "persona", true, "rule", Map.of("profile", Map.of("field", "CITY", "op", "EQ", "value", "Pune")))))
			.path("createSegment").path("id").asString();
		String audience = admin.ok("mutation($i: AudienceInput!) { createAudience(input: $i) { id } }",
				Map.of("i", Map.of("name", "Scene audience", "expression", Map.of("persona", persona))))
			.path("createAudience").path("id").asString();
		String key = admin.ok("mutation { createApiKey(name: \"scene\", role: VIEWER) { apiKey { id } } }", Map.of())
			.path("createApiKey").path("apiKey").path("id").asString();
		return new Scene(admin, clock, asha, meera, core, persona, audience, key);
	}

	/** A steward ban between Asha and Meera, made as the admin; its action id. */
	public String banned() {
		return this.admin.ok("mutation($a: ID!, $b: ID!) { banConnection(a: $a, b: $b, reason: \"scene\") { id } }",
				Map.of("a", this.asha, "b", this.meera)).path("banConnection").path("id").asString();
	}

	/** A segment of customers who viewed an insurance page in the last 7 days (Asha, at the scene's time). */
	public String recentInsuranceViewers() {
		return this.admin.ok("mutation($i: SegmentInput!) { createSegment(input: $i) { id } }", Map.of("i", Map.of("name",
				"Recent insurance viewers", "rule", Map.of("event", Map.of("type", "Page_viewed", "properties",
						List.of(Map.of("name", "Page category", "op", "EQ", "value", "Insurance")), "window",
						Map.of("last", 7, "unit", "DAYS"), "count", Map.of("gte", 1))))))
			.path("createSegment").path("id").asString();
	}

	/** A one-step journey on the scene's persona, defined as the admin; its key. */
	public String journey() {
		return this.admin.ok("mutation($d: JourneyInput!) { defineJourney(definition: $d) { key } }",
				Map.of("d", journeyDefinition())).path("defineJourney").path("key").asString();
	}

	/** The definition {@link #journey()} defines: an email to whoever enters the scene's persona. */
	public Map<String, Object> journeyDefinition() {
		return Map.of("key", "scene-journey", "name", "Scene journey", "trigger", Map.of("kind", "SEGMENT_ENTRY", "segment",
				this.persona), "steps", List.of(Map.of("id", "hello", "kind", "SEND", "channel", "EMAIL", "template",
						"Hello {{firstName|there}}")));
	}

	/** Two records of one person that share no identifier: only fuzzy resolution joins them. */
	public void fuzzyDuplicates() {
		this.admin.ok("mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }", Map.of("r", List.of(
				Map.of("source", "crm", "sourceId", "fz-1", "firstName", "Farhan", "lastName", "Qureshi", "dateOfBirth",
						"1982-07-19", "address", Map.of("line1", "4 Residency Road", "city", "Bengaluru", "postcode", "560025"),
						"email", "farhan.q@example.in"),
				Map.of("source", "core", "sourceId", "fz-2", "firstName", "Farhan", "lastName", "Qureshi", "dateOfBirth",
						"1982-07-19", "address", Map.of("line1", "4 Residency Rd", "city", "Bengaluru", "postcode", "560025"),
						"phone", "+919811122233"))));
	}

	/** Two people sharing a family phone (different given names and dates of birth): their household's id. */
	public String household() {
		this.admin.ok("mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }", Map.of("r", List.of(
				Map.of("source", "crm", "sourceId", "hh-1", "firstName", "Sunil", "lastName", "Menon", "dateOfBirth",
						"1961-03-02", "phone", "+919900011122"),
				Map.of("source", "crm", "sourceId", "hh-2", "firstName", "Lata", "lastName", "Menon", "dateOfBirth",
						"1964-09-30", "phone", "+919900011122"))));
		String id = this.admin.ok("{ customerBySourceRecord(source: \"crm\", sourceId: \"hh-1\") { household { id } } }",
				Map.of()).path("customerBySourceRecord").path("household").path("id").asString();
		if (id == null || id.isEmpty()) {
			throw new AssertionError("the scene's family sharing a phone formed no household");
		}
		return id;
	}

}
