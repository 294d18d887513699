package io.skein.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The ways real source systems spoil clean values: typos, nicknames, phone formats, case and
 * whitespace, swapped day and month, and the occasional value that cannot be right at all.
 */
final class Dirt {

	private Dirt() {
	}

	/** One keyboard slip: two letters swapped, one dropped or one doubled. */
	static String typo(String name, Dice dice) {
		if (name.length() < 4) {
			return name;
		}
		int i = dice.between(1, name.length() - 2);
		return switch (dice.between(0, 2)) {
			case 0 -> name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
			case 1 -> name.substring(0, i) + name.substring(i + 1);
			default -> name.substring(0, i) + name.charAt(i) + name.substring(i);
		};
	}

	static String nicknameOr(String firstName, Dice dice) {
		List<String> nicknames = NameBook.NICKNAMES.get(firstName);
		return nicknames == null ? firstName : dice.pick(nicknames);
	}

	/** The same ten-digit mobile as people and clerks actually type it. */
	static String phone(String mobile, Dice dice) {
		String head = mobile.substring(0, 5);
		String tail = mobile.substring(5);
		return switch (dice.between(0, 6)) {
			case 0 -> head + " " + tail;
			case 1 -> "+91-" + mobile;
			case 2 -> "0" + mobile;
			case 3 -> "+91 " + head + " " + tail;
			case 4 -> "+91" + mobile;
			case 5 -> "(+91) " + head + "-" + tail;
			default -> mobile;
		};
	}

	/** Same address to a mail server, different string to a naive comparison. */
	static String emailCase(String email, Dice dice) {
		return switch (dice.between(0, 3)) {
			case 0 -> email.toUpperCase(Locale.ROOT);
			case 1 -> " " + email;
			case 2 -> capitalise(email) + " ";
			default -> capitalise(email);
		};
	}

	/** Day and month swapped, where that still reads as a date. */
	static String transposed(LocalDate date) {
		if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
			return date.toString();
		}
		return String.format("%04d-%02d-%02d", date.getYear(), date.getDayOfMonth(), date.getMonthValue());
	}

	static String impossibleDate(LocalDate date, Dice dice) {
		return dice.chance(0.5) ? date.getYear() + "-02-30" : date.getYear() + "-04-31";
	}

	static String brokenEmail(String email) {
		return email.substring(0, email.indexOf('@') + 1);
	}

	static final String BROKEN_PHONE = "12";

	private static String capitalise(String email) {
		StringBuilder out = new StringBuilder(email);
		out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
		int dot = email.indexOf('.');
		if (dot > 0 && dot + 1 < email.indexOf('@')) {
			out.setCharAt(dot + 1, Character.toUpperCase(out.charAt(dot + 1)));
		}
		return out.toString();
	}

}
