package io.skein.identity.matching;

import java.util.List;
import java.util.Set;

/**
 * Two records that plainly disagree on the given name may be twins, a parent and child, or spouses sharing
 * a surname, an address and a phone: whatever the score, such a pair is never linked without a steward
 * unless they agree on a national id; it goes to review at most. A typo the name comparator forgives
 * (fuzzy, nickname, initial, swapped) is not a conflict.
 */
final class PersonConflict {

	static final Set<String> ATTRIBUTES = Set.of("givenName");

	/** A given name keyed with one letter replaced is no conflict only when it is this many times rarer. */
	static final int RARER = 3;

	private PersonConflict() {
	}

	static boolean in(List<ComparisonWeight> lines) {
		return in(lines, attribute -> false);
	}

	/**
	 * @param rareVariant whether, for an attribute, one record's value is at most a {@link #RARER}th as
	 * common as the other's among all records: a name keyed with one letter replaced ("havvy" beside
	 * "harry") is a typo only then; two established names ("ella", "emma") are two people
	 */
	static boolean in(List<ComparisonWeight> lines, java.util.function.Predicate<String> rareVariant) {
		boolean conflict = lines.stream()
			.anyMatch(l -> ATTRIBUTES.contains(l.attribute()) && (l.level().equals("DIFFERENT")
					|| (l.level().equals("SUBSTITUTED") && !rareVariant.test(l.attribute()))));
		return conflict && lines.stream().noneMatch(PersonConflict::ownIdentifierAgrees);
	}

	/** A national id is one person's own: agreeing on it outweighs a name keyed wrong. */
	private static boolean ownIdentifierAgrees(ComparisonWeight line) {
		return line.attribute().equals("nationalId") && (line.level().equals("EXACT") || line.level().equals("ONE_EDIT"));
	}

}
