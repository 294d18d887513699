package io.skein.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.skein.graphql.InvalidInputException;

/**
 * Turns an audience expression (personas under and / or / not) into the segment rule that evaluates it,
 * checking that every leaf names an existing persona.
 */
final class AudienceExpression {

	private AudienceExpression() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> toRule(Object expression, String path, Predicate<String> isPersona) {
		if (!(expression instanceof Map<?, ?> map)) {
			throw new InvalidInputException(path, "expected an object");
		}
		Map<String, Object> node = new LinkedHashMap<>();
		((Map<String, Object>) map).forEach((k, v) -> {
			if (v != null) {
				node.put(k, v);
			}
		});
		if (node.size() != 1) {
			throw new InvalidInputException(path, "exactly one of and, or, not, persona is required");
		}
		String key = node.keySet().iterator().next();
		Object value = node.get(key);
		String at = path + "." + key;
		if (key.equals("persona")) {
			String id = String.valueOf(value);
			if (!isPersona.test(id)) {
				throw new InvalidInputException(at, "no persona with id " + id);
			}
			return Map.of("segment", Map.of("id", id));
		}
		if (key.equals("not")) {
			return Map.of("not", toRule(value, at, isPersona));
		}
		if ((key.equals("and") || key.equals("or")) && value instanceof List<?> items && !items.isEmpty()) {
			List<Object> rules = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				rules.add(toRule(items.get(i), at + "[" + i + "]", isPersona));
			}
			return Map.of(key, rules);
		}
		throw new InvalidInputException(at, "expected and, or (non-empty lists), not or persona");
	}

}
