package io.skein.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom attributes and event properties as typed Neo4j properties under a prefix ({@code attr.income},
 * {@code prop.Page category}), so rules can compare them by type. Neo4j properties hold scalars and
 * arrays of one scalar type; anything else (objects, mixed arrays) is stored as JSON text.
 */
final class PropertyValues {

	private PropertyValues() {
	}

	static Map<String, Object> prefixed(String prefix, Map<String, Object> values) {
		Map<String, Object> out = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null) {
				out.put(prefix + name, storable(value));
			}
		});
		return out;
	}

	private static Object storable(Object value) {
		if (value instanceof String || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Number n) {
			return (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) ? n.doubleValue()
					: n.longValue();
		}
		if (value instanceof List<?> list && !list.isEmpty() && homogeneousScalars(list)) {
			return list.stream().map(PropertyValues::storable).toList();
		}
		return Json.write(value);
	}

	private static boolean homogeneousScalars(List<?> list) {
		Object first = list.get(0);
		if (first == null || !(first instanceof String || first instanceof Number || first instanceof Boolean)) {
			return false;
		}
		Class<?> kind = first instanceof Number ? Number.class : first.getClass();
		return list.stream().allMatch(kind::isInstance);
	}

}
