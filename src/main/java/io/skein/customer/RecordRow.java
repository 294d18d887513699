package io.skein.customer;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.Value;

/**
 * A stored source record with the profile values it carries, as read for the golden profile.
 * {@code values} holds the non-blank profile attributes by GraphQL field name; {@code attributes} the
 * parsed custom attributes.
 */
record RecordRow(SourceRecordView view, Map<String, String> values, Map<String, Object> attributes) {

	static final String[] PROFILE_FIELDS = { "firstName", "middleName", "lastName", "fullName", "dateOfBirth",
			"gender", "email", "phone" };

	static final String[] ADDRESS_FIELDS = { "addressLine1", "addressLine2", "city", "postcode", "state", "country" };

	String source() {
		return this.view.source();
	}

	String sourceId() {
		return this.view.sourceId();
	}

	ZonedDateTime receivedAt() {
		return this.view.receivedAt();
	}

	@SuppressWarnings("unchecked")
	static RecordRow from(Value record, String customerId) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : PROFILE_FIELDS) {
			putIfPresent(values, field, Rows.string(record.get(field)));
		}
		String address = String.join(", ", Stream.of(ADDRESS_FIELDS)
			.map(f -> Rows.string(record.get(f)))
			.filter(s -> s != null && !s.isBlank())
			.map(String::strip)
			.toList());
		putIfPresent(values, "address", address);
		Object attributes = Rows.json(Rows.string(record.get("attributes")), Map.of());
		return new RecordRow(SourceRecordView.from(record, customerId), values,
				attributes instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
	}

	private static void putIfPresent(Map<String, String> values, String field, String value) {
		if (value != null && !value.isBlank()) {
			values.put(field, value.strip());
		}
	}

}
