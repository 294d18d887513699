package io.skein.identity.matching;

import io.skein.ingest.RecordInput;
import io.skein.ingest.RecordInput.Address;

/** Hand-made people for unit tests; no dataset records. */
final class Fixtures {

	private Fixtures() {
	}

	static MatchRecord person(String id, String given, String family, String dob) {
		return person(id, given, family, dob, null, null, null);
	}

	static MatchRecord person(String id, String given, String family, String dob, String street, String postcode,
			String city) {
		Address address = street == null && postcode == null && city == null ? null
				: new Address(street, null, city, postcode, null, null);
		return MatchRecord.of(new RecordInput("test", id, given, null, family, null, dob, null, null, null, null,
				address, null, null));
	}

	static MatchRecord contact(String id, String email, String phone, String gender, String nationalId) {
		return MatchRecord.of(new RecordInput("test", id, "alex", null, "doe", null, null, gender, email, phone,
				nationalId, null, null, null));
	}

}
