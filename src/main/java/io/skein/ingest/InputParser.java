package io.skein.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an untyped JSON object into a {@link RecordInput} or {@link EventInput}, or into the structural
 * errors that reject it: missing keys, values of the wrong JSON type, over-size values. Dirty but
 * well-typed optional values (an impossible date, a broken email) are not errors here: ingestion keeps
 * them raw and warns.
 */
public final class InputParser {

	static final int MAX_ATTRIBUTES = 200;

	private InputParser() {
	}

	/** A parsed item: the input, or the errors that reject it. */
	public record Parsed<T>(T input, List<ItemError> errors) {

		public boolean isValid() {
			return this.errors.isEmpty();
		}

	}

	public static Parsed<RecordInput> record(Map<String, Object> json, String path) {
		List<ItemError> errors = new ArrayList<>();
		Shape s = new Shape(path, json, errors);
		String source = s.requiredString("source");
		String sourceId = s.requiredString("sourceId");
		RecordInput.Address address = null;
		Shape a = s.object("address");
		if (a != null) {
			address = new RecordInput.Address(a.string("line1"), a.string("line2"), a.string("city"),
					a.string("postcode"), a.string("state"), a.string("country"));
		}
		List<RecordInput.Account> accounts = new ArrayList<>();
		for (Shape acc : s.objects("accounts")) {
			accounts.add(new RecordInput.Account(acc.string("accountNumber"), acc.string("productCode"),
					acc.string("openedAt"), acc.string("closedAt"), acc.number("balance"), acc.string("currency")));
		}
		Map<String, Object> attributes = attributes(s, errors);
		RecordInput input = new RecordInput(source, sourceId, s.string("firstName"), s.string("middleName"),
				s.string("lastName"), s.string("fullName"), s.string("dateOfBirth"), s.string("gender"),
				s.string("email"), s.string("phone"), s.string("nationalId"), address, attributes, accounts);
		return new Parsed<>(errors.isEmpty() ? input : null, errors);
	}

	public static Parsed<EventInput> event(Map<String, Object> json, String path) {
		List<ItemError> errors = new ArrayList<>();
		Shape s = new Shape(path, json, errors);
		String eventId = s.requiredString("eventId");
		String type = s.requiredString("type");
		EventInput.Identifiers identifiers = null;
		Shape i = s.object("identifiers");
		if (i != null) {
			identifiers = new EventInput.Identifiers(i.string("email"), i.string("phone"), i.string("accountNumber"),
					i.string("customerId"), i.string("source"), i.string("sourceId"));
		}
		Map<String, Object> properties = s.rawObject("properties");
		if (properties != null && properties.size() > MAX_ATTRIBUTES) {
			errors.add(ItemError.badRequest(s.path("properties"), "more than " + MAX_ATTRIBUTES + " properties"));
		}
		EventInput input = new EventInput(eventId, type, s.string("at"), s.string("channel"), s.string("anonymousId"),
				s.string("deviceId"), identifiers, properties == null ? null : new LinkedHashMap<>(properties));
		return new Parsed<>(errors.isEmpty() ? input : null, errors);
	}

	private static Map<String, Object> attributes(Shape s, List<ItemError> errors) {
		Map<String, Object> raw = s.rawObject("attributes");
		if (raw == null) {
			return null;
		}
		if (raw.size() > MAX_ATTRIBUTES) {
			errors.add(ItemError.badRequest(s.path("attributes"), "more than " + MAX_ATTRIBUTES + " attributes"));
			return null;
		}
		for (String name : raw.keySet()) {
			if (name.isBlank() || name.length() > 64) {
				errors.add(ItemError.badRequest(s.path("attributes"), "attribute names must be 1 to 64 characters"));
			}
		}
		return new LinkedHashMap<>(raw);
	}

}
