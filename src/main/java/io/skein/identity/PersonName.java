package io.skein.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A first and last name folded for comparison (accents removed, lower case, letters only). Used by the
 * phone rule: a shared phone stitches only records whose names agree, because households share phones.
 */
public record PersonName(String first, String last) {

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

	static String fold(String value) {
		if (value == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

}
