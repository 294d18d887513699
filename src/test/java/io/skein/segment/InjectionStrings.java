package io.skein.segment;

import java.util.List;
import java.util.Map;

/** Cypher injection attempts, and a rule that puts one in every string field of the language. */
final class InjectionStrings {

	static final List<String> ALL = List.of("' OR 1=1 //", "}) DETACH DELETE n //", "\" OR true RETURN 1 //",
			"x` WHERE 1=1 MATCH (n) DETACH DELETE n //", "$customerIds) DETACH DELETE c //", "a\nMATCH (n) DETACH DELETE n");

	private InjectionStrings() {
	}

	/**
	 * Every string field: attribute name and value, profile value, event type, category, property name and
	 * value, product codes and categories, transaction types and property, segment id.
	 */
	static Map<String, Object> ruleUsingEverywhere(String evil) {
		return Map.of("or", List.of(
				Map.of("attribute", Map.of("name", evil, "op", "EQ", "value", evil)),
				Map.of("profile", Map.of("field", "CITY", "op", "IN", "value", List.of(evil))),
				Map.of("event", Map.of("type", evil, "category", evil, "properties",
						List.of(Map.of("name", evil, "op", "CONTAINS", "value", evil)))),
				Map.of("holding", Map.of("products", List.of(evil), "categories", List.of(evil))),
				Map.of("transactions", Map.of("types", List.of(evil), "property", evil, "window",
						Map.of("last", 1, "unit", "DAYS"), "sum", Map.of("gt", 0))),
				Map.of("segment", Map.of("id", evil))));
	}

}
