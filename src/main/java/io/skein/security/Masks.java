package io.skein.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How PII is shown to roles below STEWARD: enough to recognise a value ({@code a***@example.in},
 * {@code +91******3210}, {@code ******1001}), never enough to use it. JSON documents (record payloads,
 * event properties) are masked key by key: keys that name contact or identity data are masked, and so is
 * any string value that looks like an email address or a phone number, whatever its key.
 */
public final class Masks {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{7,}[0-9]");

	/** Lower-cased JSON keys (and key fragments) treated as PII. */
	private static final Set<String> PII_KEYS = Set.of("email", "phone", "mobile", "nationalid", "national_id", "pan",
			"aadhaar", "ssn", "passport", "dateofbirth", "date_of_birth", "dob", "birthdate", "address", "line1",
			"line2", "addressline1", "addressline2", "postcode", "zip", "accountnumber", "account_number", "iban");

	private Masks() {
	}

	public static String email(String value) {
		if (value == null) {
			return null;
		}
		int at = value.indexOf('@');
		if (at <= 0) {
			return stars(value, 0);
		}
		return value.charAt(0) + "***" + value.substring(at);
	}

	/** Keeps a leading {@code +} with up to two digits of country code and the last four digits. */
	public static String phone(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replaceAll("[^0-9]", "");
		if (digits.length() <= 4) {
			return "*".repeat(digits.length());
		}
		String prefix = value.strip().startsWith("+") ? "+" + digits.substring(0, Math.min(2, digits.length() - 4)) : "";
		int hidden = digits.length() - 4 - (prefix.isEmpty() ? 0 : prefix.length() - 1);
		return prefix + "*".repeat(Math.max(0, hidden)) + digits.substring(digits.length() - 4);
	}

	/** Last four characters only. */
	public static String lastFour(String value) {
		return value == null ? null : stars(value, 4);
	}

	public static String date(String value) {
		return value == null ? null : "****-**-**";
	}

	public static String redacted(String value) {
		return value == null ? null : "***";
	}

	/** A warning or message with any parenthesised raw value and anything looking like PII masked. */
	public static String text(String value) {
		if (value == null) {
			return null;
		}
		return contacts(value.replaceAll("\\([^)]*\\)", "(***)"));
	}

	/** Email addresses and phone numbers inside free text masked; dates left alone. */
	static String contacts(String value) {
		String masked = EMAIL.matcher(value).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(email(m.group())));
		return PHONE.matcher(masked).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
				DATE.matcher(m.group()).find() || m.group().replaceAll("[^0-9]", "").length() < 8 ? m.group() : phone(m.group())));
	}

	/** Masks the value of a JSON attribute according to its key, then by its look. */
	public static Object json(String key, Object value) {
		if (key != null && isPiiKey(key) && !(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
			return value == null ? null : maskScalar(key, String.valueOf(value));
		}
		if (key != null && isPiiKey(key) && value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : "***"));
			return out;
		}
		return json(value);
	}

	/** Masks a JSON document (maps, lists, scalars) recursively. */
	public static Object json(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), json(String.valueOf(k), v)));
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			list.forEach(v -> out.add(json(v)));
			return out;
		}
		if (value instanceof String s) {
			return contacts(s);
		}
		return value;
	}

	static boolean isPiiKey(String key) {
		String k = key.toLowerCase(Locale.ROOT).replace(" ", "");
		if (PII_KEYS.contains(k)) {
			return true;
		}
		return k.contains("email") || k.contains("phone") || k.contains("address") || k.contains("birth")
				|| k.contains("nationalid");
	}

	private static String maskScalar(String key, String value) {
		String k = key.toLowerCase(Locale.ROOT);
		if (k.contains("email")) {
			return email(value);
		}
		if (k.contains("phone") || k.contains("mobile")) {
			return phone(value);
		}
		if (k.contains("birth") || k.equals("dob")) {
			return date(value);
		}
		if (k.contains("account") || k.equals("iban")) {
			return lastFour(value);
		}
		return "***";
	}

	private static String stars(String value, int keep) {
		if (value.length() <= keep) {
			return "*".repeat(value.length());
		}
		return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
	}

}
