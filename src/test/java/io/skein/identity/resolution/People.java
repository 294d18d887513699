package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made people and their mistyped duplicates for graph tests; no dataset records. */
public final class People {

	private static final String[] GIVEN = { "Anita", "Ravi", "Meera", "Sunil", "Kavya", "Arjun", "Priya", "Vikram",
			"Deepa", "Rahul", "Lakshmi", "Naveen" };

	private static final String[] FAMILY = { "Desai", "Kumar", "Iyer", "Rao", "Menon", "Sharma", "Nair", "Reddy",
			"Pillai", "Bose", "Kapoor", "Joshi" };

	private People() {
	}

	public static Map<String, Object> record(String source, String sourceId, String first, String last, String dob,
			String city, Map<String, Object> extra) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("source", source);
		r.put("sourceId", sourceId);
		r.put("firstName", first);
		r.put("lastName", last);
		if (dob != null) {
			r.put("dateOfBirth", dob);
		}
		if (city != null) {
			r.put("address", Map.of("line1", "12 Temple Street", "city", city, "postcode", "5600" + (city.length() % 10)));
		}
		r.putAll(extra);
		return r;
	}

	/** Twelve people, most with one or two duplicates carrying typos. */
	public static List<Map<String, Object>> fixture() {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int p = 0; p < GIVEN.length; p++) {
			String dob = String.format("19%02d-%02d-%02d", 60 + p * 2, 1 + p % 12, 3 + p);
			String city = p % 2 == 0 ? "Bengaluru" : "Chennai";
			records.add(record("crm", "P" + p, GIVEN[p], FAMILY[p], dob, city, Map.of()));
			if (p % 3 != 2) {
				String typo = GIVEN[p].substring(0, GIVEN[p].length() - 1) + "a";
				records.add(record("core_banking", "C" + p, typo, FAMILY[p], dob, city, Map.of()));
			}
			if (p % 4 == 0) {
				records.add(record("web", "W" + p, GIVEN[p], FAMILY[p].toUpperCase(), dob, null,
						Map.of("email", GIVEN[p].toLowerCase() + "@example.in")));
			}
		}
		return records;
	}

}
