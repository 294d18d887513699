package io.skein.identity.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two national ids more than one keying error apart mean two people, with one exception a bank's data
 * shows often: a scored link whose records agree on the person themselves (given name and date of birth;
 * the family name may have changed with a marriage) and on where they live or how they are reached
 * (street, postcode or a small town, the same phone or email; a city or a similar e-mail is not enough),
 * with no phone or email contradicting them. Then one id was keyed wrong or copied from someone else's form, and one cluster may
 * hold both. Twins, parent and child, spouses and namesakes are never corroborated: they differ on a given
 * name, a date of birth or their contact details. Only the two ids such a link joins are reconciled; a
 * third id still conflicts with both unless a link of its own corroborates it.
 */
final class CorroboratedNationalIds {

	private static final Set<String> SAME_NAME = Set.of("EXACT", "ALIAS", "FUZZY_HIGH", "SWAPPED");

	private static final Set<String> SAME_CONTACT = Set.of("EXACT", "ONE_DIGIT");

	private static final Set<String> SAME_BIRTH_DATE = Set.of("EXACT", "DAY_MONTH_TRANSPOSED");

	/** One wrong digit counts only within the same year: 1955 and 1985 are a father and his son. */
	private static final String ONE_DIGIT = "ONE_DIGIT";

	/** Where someone lives, precisely enough to tell namesakes apart: a postcode, or a town of few people. */
	private static final Set<String> PRECISE_LOCALITY = Set.of("POSTCODE_AND_CITY", "POSTCODE");

	/** A town holding at most this share of the records is as precise as a postcode; a city is not. */
	private static final double SMALL_TOWN = 0.01;

	private CorroboratedNationalIds() {
	}

	/** The id pairs (each sorted) that a linked, person-agreeing pair of records joins. */
	static Set<List<String>> in(List<ScoredPair> scoredPairs, Map<String, String> nationalIdOf,
			Map<String, String> birthYearOf) {
		return new java.util.HashSet<>(byPair(scoredPairs, nationalIdOf, birthYearOf).values());
	}

	/** Each linked, person-agreeing pair of records holding two different ids, with the ids it joins (sorted). */
	static Map<RecordPair, List<String>> byPair(List<ScoredPair> scoredPairs, Map<String, String> nationalIdOf,
			Map<String, String> birthYearOf) {
		Map<RecordPair, List<String>> reconciled = new java.util.HashMap<>();
		for (ScoredPair pair : scoredPairs) {
			String left = nationalIdOf.get(pair.leftId());
			String right = nationalIdOf.get(pair.rightId());
			String year = birthYearOf.get(pair.leftId());
			boolean sameYear = year != null && year.equals(birthYearOf.get(pair.rightId()));
			if (left != null && right != null && !left.equals(right) && corroborates(pair, sameYear)) {
				reconciled.put(pair.pair(), key(left, right));
			}
		}
		return reconciled;
	}

	static List<String> key(String a, String b) {
		return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
	}

	static boolean corroborates(ScoredPair pair, boolean sameBirthYear) {
		if (pair.band() != Band.LINK) {
			return false;
		}
		boolean locatorAgrees = false;
		for (ComparisonWeight line : pair.comparisons()) {
			switch (line.attribute()) {
				case "givenName" -> {
					if (!SAME_NAME.contains(line.level())) {
						return false;
					}
				}
				case "dateOfBirth" -> {
					if (!SAME_BIRTH_DATE.contains(line.level()) && !(sameBirthYear && line.level().equals(ONE_DIGIT))) {
						return false;
					}
				}
				case "gender" -> {
					if (line.level().equals("DIFFERENT")) {
						return false;
					}
				}
				case "phone", "email" -> {
					if (line.level().equals("DIFFERENT")) {
						return false;
					}
					// a similar address is not the same one: namesakes' e-mails are built from the same name
					locatorAgrees |= SAME_CONTACT.contains(line.level());
				}
				case "street" -> locatorAgrees |= line.weight() > 0;
				case "locality" -> locatorAgrees |= line.weight() > 0 && (PRECISE_LOCALITY.contains(line.level())
						|| (line.termFrequency() != null && line.termFrequency() <= SMALL_TOWN));
				default -> {
				}
			}
		}
		return locatorAgrees && pair.comparisons().stream().map(ComparisonWeight::attribute).filter(a -> a.equals("dateOfBirth") || a.equals("givenName")).count() == 2;
	}

}
