package io.skein.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How PII is shown to roles below STEWARD: enough to recognise a value ({@code a***@example.in},
 * {@code +91******3210}, {@code ******1001}), never enough to use it. JSON documents (record payloads,
 * event properties) are masked key by key: keys that name contact or identity data are masked, and so is
 * any string value that looks like an email address or a phone number, whatever its key.
 */
public final class Masks {

	/** Lower-cased JSON keys (and key fragments) treated as PII. */
	private static final Set<String> PII_KEYS = Set.of("email", "phone", "mobile", "nationalid", "national_id", "pan",
			"aadhaar", "ssn", "passport", "dateofbirth", "date_of_birth", "dob", "birthdate", "address", "line1",
			"line2", "addressline1", "addressline2", "postcode", "zip", "accountnumber", "account_number", "iban",
			"born", "addr", "street", "pin", "pincode", "tel", "msisdn", "card", "cardnumber", "taxid", "tin");

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
		return freeText(value.replaceAll("\\([^)]*\\)", "(***)"));
	}

	/** Query parameters of URLs ({@code ?email=…&dob=…}). */
	private static final Pattern URL_PARAMETER = Pattern.compile("([?&;])([A-Za-z_][A-Za-z0-9_.\\-]*)=([^&#\\s]*)");

	/**
	 * PII shapes inside free text, in one pass so that one shape is not re-read as another: timestamps
	 * (kept: event times are not personal), emails, dates, PAN-like ids, account-like ids, digit runs.
	 */
	private static final Pattern SHAPES = Pattern.compile(String.join("|",
			"(?<ts>\\b\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)",
			"(?<email>[^@\\s,;:()<>\"'=&?/]+(?:@|%40)[^@\\s,;()<>\"'&]+\\.[A-Za-z]{2,})",
			"(?<date>\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}\\b)",
			"(?<pan>\\b[A-Za-z]{5}\\d{4}[A-Za-z]\\b)",
			"(?<street>\\b\\d{1,5}[A-Za-z]?,?(?:\\s+[A-Z][A-Za-z.]*){1,4}\\s+(?:Road|Rd|Street|St|Lane|Ln|Nagar|Marg|Avenue|Ave|Cross|Main|Layout|Colony|Block|Sector)\\b\\.?)",
			"(?<account>\\b[A-Za-z]{1,4}-?\\d{4,}\\b)",
			"(?<digits>\\+?\\d[\\d \\-()]{4,}\\d)"));

	/**
	 * Free text with every PII-shaped value masked: emails, phone numbers and other runs of six or more
	 * digits (postcodes, account and national numbers), dates, PAN-like and account-like ids, street
	 * addresses (a house number before a street word: Road, Street, Lane, Nagar, Marg…), and the
	 * values of URL query parameters named like PII. Timestamps and short numbers are kept.
	 */
	public static String freeText(String value) {
		if (value == null) {
			return null;
		}
		String text = URL_PARAMETER.matcher(value).replaceAll(m -> Matcher.quoteReplacement(isPiiKey(m.group(2))
				? m.group(1) + m.group(2) + "=***" : m.group()));
		Matcher m = SHAPES.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(shape(m)));
		}
		return m.appendTail(out).toString();
	}

	/** Whether text holds something masked below STEWARD: an email, a phone or other long number, a date, an id. */
	public static boolean isContactValue(Object text) {
		if (!(text instanceof String value)) {
			return false;
		}
		return value.indexOf('@') >= 0 || value.replaceAll("[^0-9]", "").length() >= 4 || !freeText(value).equals(value);
	}

	private static String shape(Matcher m) {
		if (m.group("ts") != null) {
			return m.group();
		}
		if (m.group("email") != null) {
			String email = m.group().replace("%40", "@");
			return email(email);
		}
		if (m.group("date") != null) {
			return date(m.group());
		}
		if (m.group("pan") != null || m.group("street") != null) {
			return redacted(m.group());
		}
		if (m.group("account") != null) {
			return lastFour(m.group());
		}
		int digits = m.group().replaceAll("[^0-9]", "").length();
		if (digits >= 8) {
			return phone(m.group());
		}
		return digits >= 6 ? redacted(m.group()) : m.group();
	}

	/** Free text as {@link #freeText}; kept for callers of the older name. */
	static String contacts(String value) {
		return freeText(value);
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
				|| k.contains("nationalid") || k.contains("postal") || k.contains("postcode") || k.contains("zip")
				|| k.startsWith("pan") || k.startsWith("addr") || k.contains("street") || k.contains("aadhaar")
				|| k.contains("passport") || k.contains("accountnumber") || k.contains("account_number")
				|| k.contains("mobile") || k.endsWith("dob");
	}

	private static String maskScalar(String key, String value) {
		String k = key.toLowerCase(Locale.ROOT);
		if (k.contains("email")) {
			return email(value);
		}
		if (k.contains("phone") || k.contains("mobile")) {
			return phone(value);
		}
		if (k.contains("birth") || k.endsWith("dob") || k.equals("born")) {
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
