package io.skein.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.skein.identity.golden.GoldenProperties;
import io.skein.identity.golden.Survivorship;

/**
 * The single view of a customer: for each attribute one value, with its source and the survivorship rule
 * that chose it ({@link Survivorship}, configured by {@code skein.golden.*}: source priority, then
 * recency, then completeness by default). The address is taken whole from one record (its lines joined),
 * never mixed from several.
 */
public record GoldenProfile(ProfileValue firstName, ProfileValue middleName, ProfileValue lastName,
		ProfileValue fullName, ProfileValue dateOfBirth, ProfileValue gender, ProfileValue email, ProfileValue phone,
		ProfileValue address, List<AttributeValue> attributes) {

	static final String MOST_RECENT = "MOST_RECENT";

	private static final Survivorship DEFAULT = new Survivorship(GoldenProperties.defaults());

	/** With the default rules (no source priority): the most recent value, then the most complete. */
	static GoldenProfile of(List<RecordRow> records) {
		return of(records, DEFAULT);
	}

	static GoldenProfile of(List<RecordRow> records, Survivorship survivorship) {
		TreeSet<String> names = new TreeSet<>();
		records.forEach(r -> r.attributes().forEach((name, value) -> {
			if (value != null) {
				names.add(name);
			}
		}));
		List<AttributeValue> attributes = new ArrayList<>();
		for (String name : names) {
			List<Survivorship.Candidate<Object>> candidates = new ArrayList<>();
			for (RecordRow r : records) {
				Object value = r.attributes().get(name);
				if (value != null) {
					candidates.add(new Survivorship.Candidate<>(value, r.source(), r.sourceId(), instant(r)));
				}
			}
			Survivorship.Choice<Object> choice = survivorship.choose(name, candidates);
			RecordRow from = origin(records, choice.candidate());
			attributes.add(new AttributeValue(name, choice.candidate().value(), from.source(), from.sourceId(),
					choice.rule(), from.receivedAt()));
		}
		attributes.sort(Comparator.comparing(AttributeValue::name));
		return new GoldenProfile(pick(records, "firstName", survivorship), pick(records, "middleName", survivorship),
				pick(records, "lastName", survivorship), pick(records, "fullName", survivorship),
				pick(records, "dateOfBirth", survivorship), pick(records, "gender", survivorship),
				pick(records, "email", survivorship), pick(records, "phone", survivorship),
				pick(records, "address", survivorship), List.copyOf(attributes));
	}

	/** The value of a profile field by its GraphQL name ({@code address} is the whole address); null when none. */
	ProfileValue value(String field) {
		return switch (field) {
			case "firstName" -> this.firstName;
			case "middleName" -> this.middleName;
			case "lastName" -> this.lastName;
			case "fullName" -> this.fullName;
			case "dateOfBirth" -> this.dateOfBirth;
			case "gender" -> this.gender;
			case "email" -> this.email;
			case "phone" -> this.phone;
			case "address" -> this.address;
			default -> throw new IllegalArgumentException("No profile field " + field);
		};
	}

	private static ProfileValue pick(List<RecordRow> records, String field, Survivorship survivorship) {
		List<Survivorship.Candidate<String>> candidates = new ArrayList<>();
		for (RecordRow record : records) {
			String value = record.values().get(field);
			if (value != null) {
				candidates.add(new Survivorship.Candidate<>(value, record.source(), record.sourceId(), instant(record)));
			}
		}
		Survivorship.Choice<String> choice = survivorship.choose(field, candidates);
		if (choice == null) {
			return null;
		}
		RecordRow from = origin(records, choice.candidate());
		return new ProfileValue(choice.candidate().value(), from.source(), from.sourceId(), choice.rule(),
				from.receivedAt());
	}

	private static java.time.Instant instant(RecordRow row) {
		return row.receivedAt() == null ? null : row.receivedAt().toInstant();
	}

	private static RecordRow origin(List<RecordRow> records, Survivorship.Candidate<?> candidate) {
		Map<String, RecordRow> bySource = new TreeMap<>();
		records.forEach(r -> bySource.put(r.source() + "\u001f" + r.sourceId(), r));
		return bySource.get(candidate.source() + "\u001f" + candidate.sourceId());
	}

}
