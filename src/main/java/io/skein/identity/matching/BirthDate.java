package io.skein.identity.matching;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date of birth as eight digits {@code yyyyMMdd}, kept even when they do not make a valid date (a typo
 * in the source) so that one-digit comparisons still work; {@code date} is null then.
 */
public record BirthDate(String digits, LocalDate date) {

	/** ISO {@code yyyy-MM-dd} or bare {@code yyyyMMdd}; anything else is treated as unknown (null). */
	public static BirthDate parse(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.strip().replace("-", "");
		if (digits.length() != 8 || !digits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return new BirthDate(digits, toDate(digits));
	}

	public String year() {
		return this.digits.substring(0, 4);
	}

	public String month() {
		return this.digits.substring(4, 6);
	}

	public String day() {
		return this.digits.substring(6, 8);
	}

	private static LocalDate toDate(String digits) {
		try {
			return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
					Integer.parseInt(digits.substring(6, 8)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
