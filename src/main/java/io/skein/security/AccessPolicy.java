package io.skein.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The one table of who may resolve what, keyed {@code Type.field}. Add a line here for every new root
 * field (Query, Mutation, Subscription): an unmapped root field is denied to every caller, and a test
 * lists the schema's unmapped root fields. Fields of other types need a line when they hold PII (a mask)
 * or when a nested path reaches them from a weaker root field than the one that is their home (a test
 * walks every path of the schema for each role and lists such fields left unmapped).
 * <p>
 * Deployments may override a root field's role without a build, e.g.
 * {@code skein.security.policy.roles[Query.customers]=ANALYST} or {@code ...=DENY}.
 */
@ConfigurationProperties("skein.security.policy")
public class AccessPolicy {

	private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

	private final Map<String, FieldRule> rules = new TreeMap<>();

	@ConstructorBinding
	public AccessPolicy(Map<String, String> roles) {
		this.rules.putAll(defaults());
		if (roles != null) {
			roles.forEach((field, role) -> this.rules.put(field,
					"DENY".equalsIgnoreCase(role) ? FieldRule.DENY : FieldRule.requires(required(field, role))));
		}
	}

	/** The default mapping. Roles imply the ones below them: ADMIN > STEWARD > ANALYST > VIEWER; ADMIN > INGEST. */
	static Map<String, FieldRule> defaults() {
		Map<String, FieldRule> m = new LinkedHashMap<>();
		// Reading customers: frontends and BI upwards.
		m.put("Query.customer", FieldRule.requires(Role.VIEWER));
		m.put("Query.customerBySourceRecord", FieldRule.requires(Role.VIEWER));
		m.put("Query.searchCustomers", FieldRule.requires(Role.VIEWER));
		m.put("Query.customers", FieldRule.requires(Role.VIEWER));
		m.put("Query.household", FieldRule.requires(Role.VIEWER));
		// Writing records and events: source systems (INGEST) and admins.
		m.put("Mutation.ingestRecords", FieldRule.requires(Role.INGEST));
		m.put("Mutation.track", FieldRule.requires(Role.INGEST));
		// Security, privacy and audit.
		m.put("Query.apiKeys", FieldRule.requires(Role.ADMIN));
		m.put("Mutation.createApiKey", FieldRule.requires(Role.ADMIN));
		m.put("Mutation.revokeApiKey", FieldRule.requires(Role.ADMIN));
		m.put("Query.sources", FieldRule.requires(Role.ADMIN));
		m.put("Mutation.declareSource", FieldRule.requires(Role.ADMIN));
		m.put("Query.auditLog", FieldRule.requires(Role.ADMIN));
		m.put("Query.exportCustomerData", FieldRule.requires(Role.STEWARD));
		m.put("Mutation.eraseCustomer", FieldRule.requires(Role.ADMIN));
		// Consent is customer data a steward (or a consent-capturing system given that role) records.
		m.put("Mutation.setConsent", FieldRule.requires(Role.STEWARD));
		// ...and part of the 360 frontends read (Customer.consents): a PII-free reference, open to viewers.
		for (String field : new String[] { "channel", "purpose", "state", "source", "at", "proof" }) {
			m.put("Consent." + field, FieldRule.requires(Role.VIEWER));
		}
		// Offers a frontend shows the customer: viewers.
		m.put("Query.quote", FieldRule.requires(Role.VIEWER));
		m.put("Query.eligibleProducts", FieldRule.requires(Role.VIEWER));
		m.put("Query.offers", FieldRule.requires(Role.VIEWER));
		m.put("Query.nextBestOffers", FieldRule.requires(Role.VIEWER));
		// The next step of a digital application (io.skein.flow): a frontend's, like a quote; the values it
		// prefills are golden-profile values, masked like the profile below STEWARD.
		m.put("Query.nextJourneyStep", FieldRule.requires(Role.VIEWER));
		m.put("PrefilledValue.value", FieldRule.masked(Role.STEWARD, AccessPolicy::prefilledValue));
		// Segments, audiences, funnels and drop-offs: analysts; attribute definitions are configuration.
		for (String field : new String[] { "segment", "segments", "audience", "audiences", "attributeDefinitions",
				"previewRule", "dropOffs", "funnel", "funnelTemplates" }) {
			m.put("Query." + field, FieldRule.requires(Role.ANALYST));
		}
		for (String field : new String[] { "createSegment", "createAudience", "recheckSegments", "recomputeRfm" }) {
			m.put("Mutation." + field, FieldRule.requires(Role.ANALYST));
		}
		m.put("Mutation.defineAttribute", FieldRule.requires(Role.ADMIN));
		// Journeys that act (io.skein.orchestration): analysts read them; defining and pausing is configuration.
		m.put("Query.journeys", FieldRule.requires(Role.ANALYST));
		m.put("Query.journey", FieldRule.requires(Role.ANALYST));
		for (String field : new String[] { "defineJourney", "pauseJourney", "resumeJourney" }) {
			m.put("Mutation." + field, FieldRule.requires(Role.ADMIN));
		}
		// Journey instances and their step log (what was sent, to whom by id, never the address): analysts.
		m.put("Query.journeyInstances", FieldRule.requires(Role.ANALYST));
		// Holdout reports: counts and rates, no customer; analytics like funnels.
		m.put("Query.journeyReport", FieldRule.requires(Role.ANALYST));
		m.put("Customer.journeys", FieldRule.requires(Role.ANALYST));
		// Learnt send time and channel: counts and rates from the customer's messages, for analysts like journeys.
		m.put("Customer.engagement", FieldRule.requires(Role.ANALYST));
		// An instance's context holds what steps kept (the recommendation and its explanation): masked like
		// other free customer data below STEWARD.
		m.put("JourneyInstance.context", FieldRule.masked(Role.STEWARD, (v, env) -> Masks.json(v)));
		// Who defined a journey is a principal (perhaps an e-mail address): masked below ADMIN.
		m.put("Journey.definedBy", FieldRule.masked(Role.ADMIN, (v, env) -> Masks.freeText(String.valueOf(v))));
		m.put("JourneyVersion.definedBy", FieldRule.masked(Role.ADMIN, (v, env) -> Masks.freeText(String.valueOf(v))));
		// The outbox (io.skein.delivery): stewards operate it; a customer's messages are part of the 360
		// (Customer.messages), readable by every role with the recipient and texts masked below STEWARD.
		m.put("Query.outbox", FieldRule.requires(Role.STEWARD));
		for (String field : new String[] { "key", "customerId", "channel", "purpose", "status", "attempts", "nextAttemptAt",
				"createdAt", "sentAt", "failureReason", "journeyKey", "journeyVersion", "instanceId", "stepId" }) {
			m.put("OutboxMessage." + field, FieldRule.requires(Role.VIEWER));
		}
		m.put("OutboxMessage.recipient", new FieldRule(Role.VIEWER, Role.STEWARD, AccessPolicy::recipient));
		for (String field : new String[] { "subject", "body", "lastError" }) {
			m.put("OutboxMessage." + field, new FieldRule(Role.VIEWER, Role.STEWARD, (v, env) -> Masks.freeText(String.valueOf(v))));
		}
		// A segment reached from a customer (Customer.segments { segment }): its label is the customer's,
		// its rule, size, members and history are the analysts' (a test walks every nested path).
		for (String field : new String[] { "id", "name", "description", "persona", "createdAt" }) {
			m.put("Segment." + field, FieldRule.requires(Role.VIEWER));
		}
		for (String field : new String[] { "rule", "count", "members", "history" }) {
			m.put("Segment." + field, FieldRule.requires(Role.ANALYST));
		}
		// Identity review: stewards.
		for (String field : new String[] { "reviewQueue", "explainMatch", "stewardActions", "matchModel", "dataQuality" }) {
			m.put("Query." + field, FieldRule.requires(Role.STEWARD));
		}
		for (String field : new String[] { "resolveIdentities", "merge", "split", "banConnection", "undo" }) {
			m.put("Mutation." + field, FieldRule.requires(Role.STEWARD));
		}
		// PII: names stay visible; contact and identity data are masked below STEWARD.
		m.put("ProfileValue.value", FieldRule.masked(Role.STEWARD, AccessPolicy::profileValue));
		m.put("Identifier.value", FieldRule.masked(Role.STEWARD, AccessPolicy::identifierValue));
		m.put("SharedIdentifier.value", FieldRule.masked(Role.STEWARD, AccessPolicy::identifierValue));
		m.put("SourceRecord.payload", FieldRule.masked(Role.STEWARD, (v, env) -> Masks.json(v)));
		m.put("SourceRecord.warnings", FieldRule.masked(Role.STEWARD, AccessPolicy::texts));
		m.put("IngestResult.warnings", FieldRule.masked(Role.STEWARD, AccessPolicy::texts));
		m.put("Account.accountNumber", FieldRule.masked(Role.STEWARD, (v, env) -> Masks.lastFour(String.valueOf(v))));
		m.put("AttributeValue.value", FieldRule.masked(Role.STEWARD,
				(v, env) -> Masks.json(String.valueOf(property("name", env)), v)));
		m.put("Interaction.properties", FieldRule.masked(Role.STEWARD, (v, env) -> Masks.json(v)));
		return m;
	}

	/** The rule for a field; root fields nobody mapped get {@link FieldRule#DENY}, other fields none. */
	public FieldRule rule(String type, String field) {
		FieldRule rule = this.rules.get(type + "." + field);
		if (rule == null && ROOT_TYPES.contains(type) && !field.startsWith("__")) {
			return FieldRule.DENY;
		}
		return rule;
	}

	public boolean isMapped(String type, String field) {
		return this.rules.containsKey(type + "." + field);
	}

	/** The whole table, for the startup report and documentation. */
	public Map<String, FieldRule> rules() {
		return Map.copyOf(this.rules);
	}

	private static Role required(String field, String role) {
		Role parsed = Role.parse(role);
		if (parsed == null) {
			throw new IllegalArgumentException("skein.security.policy.roles[" + field + "]: unknown role " + role);
		}
		return parsed;
	}

	/** A golden-profile value, masked by the profile field it is the value of. */
	private static Object profileValue(Object value, DataFetchingEnvironment env) {
		String of = env.getExecutionStepInfo().getParent() == null ? ""
				: env.getExecutionStepInfo().getParent().getField().getName();
		return ofProfileField(of, value);
	}

	/** A prefilled value, masked by the profile field or attribute (as attributes are) it is the value of. */
	private static Object prefilledValue(Object value, DataFetchingEnvironment env) {
		String field = String.valueOf(property("field", env));
		return switch (field) {
			case "email", "phone", "dateOfBirth", "address", "fullName", "gender" -> ofProfileField(field, value);
			default -> Masks.json(field, value);
		};
	}

	private static Object ofProfileField(String field, Object value) {
		String text = String.valueOf(value);
		return switch (field) {
			case "email" -> Masks.email(text);
			case "phone" -> Masks.phone(text);
			case "dateOfBirth" -> Masks.date(text);
			case "address" -> Masks.redacted(text);
			default -> value;
		};
	}

	private static Object identifierValue(Object value, DataFetchingEnvironment env) {
		String text = String.valueOf(value);
		String type = String.valueOf(property("type", env));
		return switch (type) {
			case "EMAIL" -> Masks.email(text);
			case "PHONE" -> Masks.phone(text);
			case "ACCOUNT_NUMBER" -> Masks.lastFour(text);
			case "NATIONAL_ID", "ADDRESS" -> Masks.redacted(text);
			default -> value;
		};
	}

	/** A message's recipient: an e-mail address, a phone number, or (webhooks, push) anything else. */
	private static Object recipient(Object value, DataFetchingEnvironment env) {
		String text = String.valueOf(value);
		String channel = String.valueOf(property("channel", env));
		return switch (channel) {
			case "EMAIL" -> Masks.email(text);
			case "SMS", "WHATSAPP" -> Masks.phone(text);
			default -> text.indexOf('@') > 0 ? Masks.email(text) : Masks.redacted(text);
		};
	}

	private static Object texts(Object value, DataFetchingEnvironment env) {
		if (value instanceof List<?> list) {
			return list.stream().map(v -> v == null ? null : Masks.freeText(String.valueOf(v))).toList();
		}
		return Masks.text(String.valueOf(value));
	}

	private static Object property(String name, DataFetchingEnvironment env) {
		try {
			return PropertyDataFetcher.fetching(name).get(env.getFieldDefinition(), env.getSource(), () -> env);
		}
		catch (Exception ex) {
			return null;
		}
	}

}
