package io.skein.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single view of a customer: for each attribute one value, with its source. For now one rule,
 * {@value #MOST_RECENT}: the most recent non-empty value across the customer's source records, by
 * {@code receivedAt}, ties broken by source then sourceId (the first in that order wins). The address
 * is taken whole from one record (its lines joined), never mixed from several.
 */
public record GoldenProfile(ProfileValue firstName, ProfileValue middleName, ProfileValue lastName,
		ProfileValue fullName, ProfileValue dateOfBirth, ProfileValue gender, ProfileValue email, ProfileValue phone,
		ProfileValue address, List<AttributeValue> attributes) {

	static final String MOST_RECENT = "MOST_RECENT";

	/** Most recent first; ties by source, then sourceId. */
	static final Comparator<RecordRow> PRECEDENCE = Comparator
		.comparing(RecordRow::receivedAt, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(RecordRow::source, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(RecordRow::sourceId, Comparator.nullsLast(Comparator.naturalOrder()));

	static GoldenProfile of(List<RecordRow> records) {
		List<RecordRow> ordered = new ArrayList<>(records);
		ordered.sort(PRECEDENCE);
		Map<String, AttributeValue> attributes = new LinkedHashMap<>();
		for (RecordRow record : ordered) {
			record.attributes().forEach((name, value) -> {
				if (value != null && !attributes.containsKey(name)) {
					attributes.put(name, new AttributeValue(name, value, record.source(), record.sourceId(), MOST_RECENT,
							record.receivedAt()));
				}
			});
		}
		List<AttributeValue> byName = new ArrayList<>(attributes.values());
		byName.sort(Comparator.comparing(AttributeValue::name));
		return new GoldenProfile(pick(ordered, "firstName"), pick(ordered, "middleName"), pick(ordered, "lastName"),
				pick(ordered, "fullName"), pick(ordered, "dateOfBirth"), pick(ordered, "gender"), pick(ordered, "email"),
				pick(ordered, "phone"), pick(ordered, "address"), List.copyOf(byName));
	}

	private static ProfileValue pick(List<RecordRow> ordered, String field) {
		for (RecordRow record : ordered) {
			String value = record.values().get(field);
			if (value != null) {
				return new ProfileValue(value, record.source(), record.sourceId(), MOST_RECENT, record.receivedAt());
			}
		}
		return null;
	}

}
