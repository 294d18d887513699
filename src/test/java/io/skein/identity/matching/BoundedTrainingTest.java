package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.skein.ingest.RecordInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unsupervised training on names and dates of birth only, over a population of families (parents,
 * children, twins sharing a surname and often a near date of birth) plus a few true duplicates with typos:
 * the trained model must learn "same person", not "same family".
 */
class BoundedTrainingTest {

	private static final String[] GIVEN = { "aarav", "vivaan", "aditya", "diya", "ananya", "ishaan", "kabir", "meera",
			"rohan", "saanvi", "arjun", "kavya", "neha", "pooja", "rahul", "sneha", "tara", "varun", "zoya", "nikhil",
			"priya", "sameer", "lakshmi", "farhan", "gauri", "harsh", "irfan", "jaya", "kunal", "leela" };

	private static final String[] FAMILY = { "sharma", "verma", "iyer", "nair", "reddy", "menon", "das", "bose",
			"gupta", "khan", "patel", "shah", "joshi", "rao", "pillai", "singh", "kapoor", "mehta", "chopra", "sinha" };

	@Test
	void relativesAreNeverLinkedAndDuplicatesStillAre() {
		SplittableRandom random = new SplittableRandom(42);
		List<MatchRecord> records = new ArrayList<>();
		List<String[]> duplicates = new ArrayList<>();
		java.util.Map<String, Integer> familyOf = new java.util.HashMap<>();
		int id = 0;
		for (int family = 0; family < 400; family++) {
			String surname = FAMILY[random.nextInt(FAMILY.length)];
			int year = 1950 + random.nextInt(40);
			int members = 2 + random.nextInt(4);
			List<String> used = new ArrayList<>();
			for (int m = 0; m < members; m++) {
				String given;
				do {
					given = GIVEN[random.nextInt(GIVEN.length)];
				}
				while (used.contains(given));
				used.add(given);
				// twins and siblings: the same or a near year
				String dob = String.format("%d-%02d-%02d", year + random.nextInt(3), 1 + random.nextInt(12),
						1 + random.nextInt(28));
				String recordId = "r" + (id++);
				records.add(record(recordId, given, surname, dob));
				familyOf.put("bank:" + recordId, family);
				if (random.nextInt(10) == 0) {
					String copyId = "r" + (id++);
					String typo = given.substring(0, given.length() - 1) + "e";
					records.add(record(copyId, typo, surname, dob));
					familyOf.put("bank:" + copyId, -1 - family);
					duplicates.add(new String[] { "bank:" + recordId, "bank:" + copyId });
				}
			}
		}
		Resolution resolution = MatchingEngine.standard().resolve(records);

		List<ScoredPair> linkedDifferentFirstNames = resolution.scoredPairs()
			.stream()
			.filter(p -> p.band() == Band.LINK)
			.filter(p -> p.comparisons().stream().anyMatch(c -> c.attribute().equals("givenName")
					&& (c.level().equals("DIFFERENT") || c.level().equals("SUBSTITUTED"))))
			.toList();
		assertThat(linkedDifferentFirstNames).as("relatives linked").isEmpty();
		long duplicatesTogether = duplicates.stream()
			.filter(d -> resolution.clustering().clusters().stream().anyMatch(c -> c.contains(d[0]) && c.contains(d[1])))
			.count();
		System.out.printf("%d of %d planted duplicates together; model %s%n", duplicatesTogether, duplicates.size(),
				resolution.model().attribute(0));
		assertThat(duplicatesTogether).as("of %d planted duplicates", duplicates.size())
			.isGreaterThanOrEqualTo(duplicates.size() * 9 / 10);
		for (List<String> cluster : resolution.clustering().clusters()) {
			// a planted duplicate counts as its own person (negative family); two members of one family never
			long sameFamily = cluster.stream().map(familyOf::get).filter(f -> f >= 0).count()
					- cluster.stream().map(familyOf::get).filter(f -> f >= 0).distinct().count();
			assertThat(sameFamily).as("relatives together in %s", cluster).isZero();
		}
		AttributeWeights given = resolution.model().attribute(0);
		assertThat(given.weight(given.levels().size() - 1)).as("a different given name never raises the score")
			.isLessThan(-2);
	}

	private static MatchRecord record(String id, String given, String family, String dob) {
		return MatchRecord.of(new RecordInput("bank", id, given, null, family, null, dob, null, null, null, null, null,
				null, null));
	}

}
