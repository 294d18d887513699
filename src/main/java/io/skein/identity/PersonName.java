package io.skein.identity;

import java.text.Normalizer;
import java.util.Locale;

import io.skein.identity.matching.Nicknames;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A first and last name folded for comparison (accents removed, lower case, letters only). Used by the
 * phone rule: a shared phone stitches only records whose names agree, because households share phones,
 * and by the household rule: a phone or mailbox whose holders' given names conflict stitches nobody apart.
 */
public record PersonName(String first, String last) {

	private static final Nicknames NICKNAMES = Nicknames.standard();

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

	/** Below this Jaro-Winkler similarity (and more than one edit apart) two given names are two people. */
	private static final double SAME_GIVEN_NAME = 0.80;

	public static PersonName of(String first, String last) {
		return new PersonName(fold(first), fold(last));
	}

	/** Same family name and a compatible given name (equal, or one is an initial or prefix of the other). */
	public boolean agreesWith(PersonName other) {
		if (other == null || this.first.isEmpty() || this.last.isEmpty() || other.first.isEmpty()
				|| other.last.isEmpty()) {
			return false;
		}
		return this.last.equals(other.last)
				&& (this.first.startsWith(other.first) || other.first.startsWith(this.first));
	}

	/**
	 * Whether the given names say two different people: both present, not equal, neither an initial or
	 * prefix of the other, not nicknames of each other (Bob, Robert), Jaro-Winkler below 0.80 and more than
	 * one edit apart. A missing given name never conflicts.
	 */
	public boolean conflictsWith(PersonName other) {
		if (other == null || this.first.isEmpty() || other.first.isEmpty()) {
			return false;
		}
		String a = this.first;
		String b = other.first;
		if (a.startsWith(b) || b.startsWith(a) || NICKNAMES.areAliases(a, b)) {
			return false;
		}
		return JARO_WINKLER.apply(a, b) < SAME_GIVEN_NAME && ONE_EDIT.apply(a, b) == -1;
	}

	static String fold(String value) {
		if (value == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

}
