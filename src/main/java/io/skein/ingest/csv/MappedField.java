package io.skein.ingest.csv;

import java.util.Set;

/** The {@link io.skein.ingest.RecordInput} fields a mapping may fill. */
final class MappedField {

	static final Set<String> PLAIN = Set.of("firstName", "middleName", "lastName", "fullName", "dateOfBirth",
			"gender", "email", "phone", "nationalId");

	static final Set<String> ADDRESS = Set.of("line1", "line2", "city", "postcode", "state", "country");

	static final String ADDRESS_PREFIX = "address.";

	static final String ATTRIBUTE_PREFIX = "attributes.";

	private MappedField() {
	}

	static void check(String field) {
		boolean known = PLAIN.contains(field)
				|| field.startsWith(ADDRESS_PREFIX) && ADDRESS.contains(field.substring(ADDRESS_PREFIX.length()))
				|| field.startsWith(ATTRIBUTE_PREFIX) && field.length() > ATTRIBUTE_PREFIX.length();
		if (!known) {
			throw new IllegalArgumentException("Unknown target field in mapping: " + field);
		}
	}

}
