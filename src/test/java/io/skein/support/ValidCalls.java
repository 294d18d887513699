package io.skein.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * For every root field of the schema, the variables of one valid call on a {@link Scene} (a function, so
 * a call that needs something to act on, e.g. {@code undo} an action, makes it first). The replay, fuzz
 * and role-matrix tests take their calls from here and fail, naming the field, when the schema has a root
 * field this table does not know: a new query or mutation cannot go untested by forgetting it.
 */
public final class ValidCalls {

	private ValidCalls() {
	}

	private static final Map<String, Function<Scene, Map<String, Object>>> CALLS = new TreeMap<>();

	static {
		// Reading customers
		put("Query.customer", s -> Map.of("id", s.asha()));
		put("Query.customerBySourceRecord", s -> Map.of("source", "crm", "sourceId", "1"));
		put("Query.searchCustomers", s -> Map.of("text", "Asha"));
		put("Query.customers", s -> Map.of());
		// Identity review
		put("Query.explainMatch", s -> Map.of("a", s.asha(), "b", s.meera()));
		put("Query.reviewQueue", s -> Map.of());
		put("Query.matchModel", s -> Map.of());
		put("Query.dataQuality", s -> Map.of());
		put("Query.household", s -> Map.of("id", s.household()));
		put("Query.sources", s -> Map.of());
		put("Query.stewardActions", s -> Map.of());
		// Security, privacy, audit
		put("Query.apiKeys", s -> Map.of());
		put("Query.auditLog", s -> Map.of());
		put("Query.exportCustomerData", s -> Map.of("id", s.asha()));
		// Segments, journeys, offers
		put("Query.segment", s -> Map.of("id", s.persona()));
		put("Query.segments", s -> Map.of());
		put("Query.audience", s -> Map.of("id", s.audience()));
		put("Query.audiences", s -> Map.of());
		put("Query.attributeDefinitions", s -> Map.of());
		// an impersonal field: below STEWARD a count under k on a personal one is withheld (GuessingLimitsTest)
		put("Query.previewRule", s -> Map.of("rule", Map.of("profile", Map.of("field", "SOURCE", "op", "EQ", "value", "crm"))));
		put("Query.dropOffs", s -> Map.of());
		put("Query.funnel", s -> Map.of("template", "POLICY_PURCHASE"));
		put("Query.funnelTemplates", s -> Map.of());
		put("Query.quote", s -> Map.of("customerId", s.asha(), "productCode", "PERSONAL_LOAN", "amount", 200000.0));
		put("Query.eligibleProducts", s -> Map.of("customerId", s.asha()));
		put("Query.nextJourneyStep", s -> Map.of("customerId", s.asha(), "journey", "LOAN_ORIGINATION"));
		put("Query.offers", s -> Map.of());
		put("Query.nextBestOffers", s -> Map.of("customerId", s.asha()));
		put("Query.journeys", s -> Map.of());
		put("Query.journey", s -> Map.of("key", s.journey()));
		// Delivery
		put("Query.outbox", s -> Map.of());
		put("Query.journeyInstances", s -> Map.of("journey", s.journey()));
		put("Query.journeyReport", s -> Map.of("key", s.journey()));
		// Ingestion
		put("Mutation.ingestRecords", s -> Map.of("records", List.of(Map.of("source", "crm", "sourceId", "new-1", "firstName",
				"Kabir", "lastName", "Das", "email", "kabir@example.in"))));
		put("Mutation.track", s -> Map.of("events", List.of(Map.of("eventId", "new-ev-1", "type", "Page_viewed", "at",
				Scene.EVENT_AT, "anonymousId", "ck-asha", "properties", Map.of("Page category", "Loans")))));
		// Security and privacy
		put("Mutation.createApiKey", s -> Map.of("name", "svc", "role", "VIEWER"));
		put("Mutation.revokeApiKey", s -> Map.of("id", s.apiKey()));
		put("Mutation.declareSource", s -> Map.of("name", "branch_crm", "rank", 3));
		put("Mutation.eraseCustomer", s -> Map.of("id", s.meera(), "reason", "request 7"));
		// Consent
		put("Mutation.setConsent", s -> Map.of("customerId", s.asha(), "channel", "EMAIL", "purpose", "MARKETING", "granted",
				true, "source", "mobile_app", "proof", "form-118", "at", Scene.EVENT_AT));
		// Segments
		put("Mutation.defineAttribute", s -> Map.of("name", "shoeSize", "type", "NUMBER"));
		put("Mutation.createSegment", s -> Map.of("input", Map.of("name", "Savers", "rule",
				Map.of("holding", Map.of("products", List.of("SAVINGS"))))));
		put("Mutation.createAudience", s -> Map.of("input", Map.of("name", "Not Pune", "expression",
				Map.of("not", Map.of("persona", s.persona())))));
		put("Mutation.recheckSegments", s -> {
			// A segment over the last 7 days, then the clock moves on a month: the re-check moves Asha out.
			s.recentInsuranceViewers();
			s.clock().advance(java.time.Duration.ofDays(30));
			return Map.of();
		});
		put("Mutation.recomputeRfm", s -> Map.of());
		// Journeys that act
		put("Mutation.defineJourney", s -> Map.of("definition", s.journeyDefinition()));
		put("Mutation.pauseJourney", s -> Map.of("key", s.journey()));
		put("Mutation.resumeJourney", s -> {
			String key = s.journey();
			s.admin().ok("mutation($k: ID!) { pauseJourney(key: $k) { status } }", Map.of("k", key));
			return Map.of("key", key);
		});
		// Identity
		put("Mutation.resolveIdentities", s -> {
			s.fuzzyDuplicates();
			return Map.of();
		});
		put("Mutation.merge", s -> Map.of("customerIds", List.of(s.asha(), s.meera()), "reason", "same person"));
		put("Mutation.split", s -> Map.of("customerId", s.asha(), "sourceRecordIds", List.of(s.ashaCoreRecord()), "reason",
				"two people"));
		put("Mutation.banConnection", s -> Map.of("a", s.asha(), "b", s.meera(), "reason", "twins"));
		put("Mutation.undo", s -> Map.of("actionId", s.banned()));
	}

	private static void put(String key, Function<Scene, Map<String, Object>> call) {
		CALLS.put(key, call);
	}

	/** The variables of a valid call of {@code field} on {@code scene}, after whatever the call needs was made. */
	public static Map<String, Object> of(RootFields.RootField field, Scene scene) {
		Function<Scene, Map<String, Object>> call = CALLS.get(field.key());
		if (call == null) {
			throw new AssertionError("The schema has a root field " + field.key() + " that no test calls: add a valid call of it to "
					+ "io.skein.support.ValidCalls (the replay, fuzz and role-matrix tests are generated from that table)");
		}
		return call.apply(scene);
	}

	/** Fields in the table that the schema no longer has: the table must follow the schema both ways. */
	public static List<String> unknown(List<RootFields.RootField> schema) {
		List<String> keys = schema.stream().map(RootFields.RootField::key).toList();
		return CALLS.keySet().stream().filter(k -> !keys.contains(k)).toList();
	}

}
