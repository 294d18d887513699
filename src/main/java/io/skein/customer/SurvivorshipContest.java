package io.skein.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One golden-profile attribute of one customer as survivorship saw it: the value that survived and the
 * values each source's records offered (a source with several records may offer several). Read with
 * {@link CustomerViews#read} as {@link #FIELD}, for data quality's survivorship wins; it is no
 * {@code Customer} field and never leaves the server.
 *
 * @param attribute the golden-profile field: firstName, middleName, lastName, fullName, dateOfBirth,
 * gender, email, phone, or address (the whole address)
 * @param golden the value that survived
 * @param offeredBySource the values each source offered, by source name
 */
public record SurvivorshipContest(String attribute, String golden, Map<String, Set<String>> offeredBySource) {

	/** The records part's reader name for a customer's contests. */
	public static final String FIELD = "survivorshipContests";

	/** The golden-profile fields compared, in profile order. */
	public static final List<String> ATTRIBUTES = List.of("firstName", "middleName", "lastName", "fullName", "dateOfBirth",
			"gender", "email", "phone", "address");

	/** True when another source offered a value this source did not. */
	public boolean contested(String source) {
		Set<String> own = this.offeredBySource.getOrDefault(source, Set.of());
		return this.offeredBySource.entrySet()
			.stream()
			.anyMatch(e -> !e.getKey().equals(source) && !own.containsAll(e.getValue()));
	}

	/** True when the surviving value is one this source offered. */
	public boolean won(String source) {
		return this.offeredBySource.getOrDefault(source, Set.of()).contains(this.golden);
	}

	/** One contest per attribute that some record offers. */
	static List<SurvivorshipContest> of(List<RecordRow> records, GoldenProfile profile) {
		List<SurvivorshipContest> contests = new ArrayList<>();
		for (String attribute : ATTRIBUTES) {
			ProfileValue golden = profile.value(attribute);
			if (golden == null) {
				continue;
			}
			Map<String, Set<String>> offered = new TreeMap<>();
			for (RecordRow record : records) {
				String value = record.values().get(attribute);
				if (value != null) {
					offered.computeIfAbsent(record.source(), s -> new LinkedHashSet<>()).add(value);
				}
			}
			contests.add(new SurvivorshipContest(attribute, golden.value(), offered));
		}
		return contests;
	}

}
