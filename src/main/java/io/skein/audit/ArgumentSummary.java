package io.skein.audit;

import java.util.Collection;
import java.util.List;
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

	/**
	 * The summary with, for a call answered with a list (ingestRecords, track), how many items were
	 * answered and, when the caller asked for their status, how many with each ({@code "results":
	 * {"CREATED": 800}}): what a PARTIAL call did commit.
	 */
	static String withResults(String summary, Object data) {
		if (!(data instanceof List<?> items)) {
			return summary;
		}
		Map<String, Integer> byStatus = new TreeMap<>();
		for (Object item : items) {
			if (item instanceof Map<?, ?> map && map.get("status") != null) {
				byStatus.merge(String.valueOf(map.get("status")), 1, Integer::sum);
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> out = new TreeMap<>(JSON.readValue(summary, Map.class));
		out.put("answered", items.size());
		if (!byStatus.isEmpty()) {
			out.put("results", byStatus);
		}
		return JSON.writeValueAsString(out);
	}

	/**
	 * A field's data as fetched (records, before GraphQL completes them), shaped as {@link #withResults} reads the
	 * completed data: for a list, each item with its {@code status} when the caller selected it.
	 */
	static Object answered(Object data, boolean statusSelected) {
		if (!(data instanceof List<?> items)) {
			return data;
		}
		return items.stream().map(item -> {
			Object status = statusSelected ? JSON.convertValue(item, Map.class).get("status") : null;
			return status == null ? Map.of() : Map.of("status", status);
		}).toList();
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
