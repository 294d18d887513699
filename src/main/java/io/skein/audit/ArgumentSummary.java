package io.skein.audit;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * Summarises mutation arguments without PII values: ids, roles and enum-like values are kept when they
 * look like identifiers; lists become counts, objects their field count, other text its length only.
 */
final class ArgumentSummary {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9_.:\\-]{1,100}$");

	private ArgumentSummary() {
	}

	static String of(Map<String, Object> arguments) {
		Map<String, Object> summary = new TreeMap<>();
		arguments.forEach((name, value) -> summary.put(name, summarise(name, value)));
		return JSON.writeValueAsString(summary);
	}

	private static Object summarise(String name, Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Collection<?> list) {
			if (keepsValue(name) && list.size() <= 20 && list.stream().allMatch(v -> v instanceof String s && SAFE.matcher(s).matches())) {
				return list;
			}
			return list.size() + " items";
		}
		if (value instanceof Map<?, ?> map) {
			return "object with " + map.size() + " fields";
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		String text = String.valueOf(value);
		if (keepsValue(name) && SAFE.matcher(text).matches()) {
			return text;
		}
		return "text, " + text.length() + " chars";
	}

	private static boolean keepsValue(String name) {
		return name.equals("id") || name.equals("ids") || name.endsWith("Id") || name.endsWith("Ids")
				|| name.equals("role") || name.equals("after");
	}

}
