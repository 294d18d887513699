package io.skein.identity.matching;

import java.util.List;
import java.util.Set;

/**
 * A name, however rare, is shared by namesakes: a pair whose only agreeing evidence is the name (no birth
 * date, address, contact or id weighs for it) while a contact detail (email or phone) it carries on both
 * sides disagrees is two people reachable at different places until a steward says otherwise; it goes to
 * review at most, whatever the score. (Where the records hold nothing but names and dates, the model's
 * weights alone decide.)
 */
final class NameOnlyEvidence {

	static final Set<String> NAME_ATTRIBUTES = Set.of("givenName", "familyName");

	static final Set<String> CONTACTS = Set.of("email", "phone");

	private NameOnlyEvidence() {
	}

	static boolean in(List<ComparisonWeight> lines) {
		boolean otherEvidence = lines.stream().anyMatch(l -> !NAME_ATTRIBUTES.contains(l.attribute()) && l.weight() > 0);
		boolean contactDisagrees = lines.stream()
			.anyMatch(l -> CONTACTS.contains(l.attribute()) && !l.level().equals("MISSING") && l.weight() < 0);
		return !otherEvidence && contactDisagrees;
	}

}
