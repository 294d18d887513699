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

	private PersonConflict() {
	}

	static boolean in(List<ComparisonWeight> lines) {
		boolean conflict = lines.stream()
			.anyMatch(l -> ATTRIBUTES.contains(l.attribute()) && l.level().equals("DIFFERENT"));
		return conflict && lines.stream().noneMatch(PersonConflict::ownIdentifierAgrees);
	}

	/** A national id is one person's own: agreeing on it outweighs a name keyed wrong. */
	private static boolean ownIdentifierAgrees(ComparisonWeight line) {
		return line.attribute().equals("nationalId") && (line.level().equals("EXACT") || line.level().equals("ONE_EDIT"));
	}

}
