package io.skein.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

/**
 * Hostile values for a GraphQL input type, as JSON variables: Cypher and JSON fragments, control
 * characters, huge and negative numbers, unknown enum names, and for an input object the valid object
 * with one field at a time made hostile. Every value has the argument's declared shape where the type
 * system allows any value of it (strings, IDs, JSON), so it reaches the resolver; numbers and enums out
 * of range test the coercion.
 */
final class Hostile {

	static final List<String> STRINGS = List.of("') DETACH DELETE n //", "\" OR 1=1 --", "'; MATCH (n) DETACH DELETE n; //",
			"${jndi:ldap://x/a}", "<script>alert(1)</script>", "\u0000\u0001\u001f", "\uD83D\uDE00".repeat(50),
			"a".repeat(10_000), "*", "\\", "{\"$ne\":null}", "c-1' RETURN 1 UNION MATCH (n) RETURN n //",
			"99999999999999999999999999", "-1", "", " ", "../../etc/passwd", "Robert'); DROP TABLE Students;--");

	/** Fewer strings for each field of an input object (an object has many fields). */
	static final List<String> FIELD_STRINGS = List.of("') DETACH DELETE n //", "\u0000\u0001\u001f", "a".repeat(10_000), "",
			"c-1' RETURN 1 UNION MATCH (n) RETURN n //", "{\"$ne\":null}");

	private final Random random;

	Hostile(long seed) {
		this.random = new Random(seed);
	}

	/** Hostile values for an argument of {@code type} whose valid value is {@code valid} (may be null). */
	List<Object> values(GraphQLInputType type, Object valid) {
		return values(type, valid, STRINGS, 4);
	}

	private List<Object> values(GraphQLType type, Object valid, List<String> strings, int randomStrings) {
		if (type instanceof GraphQLNonNull nonNull) {
			return values(nonNull.getWrappedType(), valid, strings, randomStrings);
		}
		if (type instanceof GraphQLList list) {
			Object element = valid instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
			List<Object> out = new ArrayList<>();
			for (Object v : values(list.getWrappedType(), element, strings, randomStrings)) {
				out.add(List.of(v));
			}
			out.add(List.of());
			return out;
		}
		if (type instanceof GraphQLInputObjectType object) {
			return objects(object, valid instanceof Map<?, ?> m ? m : Map.of());
		}
		if (type instanceof GraphQLEnumType) {
			return List.of("NOT_A_VALUE", "' OR 1=1", "viewer", "");
		}
		if (type instanceof GraphQLScalarType scalar) {
			String name = scalar.getName();
			if (name.equals(Scalars.GraphQLInt.getName())) {
				return List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 99999999999L, "ten");
			}
			if (name.equals(Scalars.GraphQLFloat.getName())) {
				return List.of(0, -1.5, 1e308, -1e308, 4.9e-324, "NaN");
			}
			if (name.equals(Scalars.GraphQLBoolean.getName())) {
				return List.of(true, false, "yes");
			}
			List<Object> out = new ArrayList<>(strings);
			for (int i = 0; i < randomStrings; i++) {
				out.add(randomString());
			}
			if (name.equals("JSON")) {
				out.add(Map.of("$ne", List.of()));
				out.add(deep(200));
				out.add(1e308);
			}
			return out;
		}
		throw new AssertionError("no hostile values for input type " + type);
	}

	/** The valid object with one field at a time replaced by each of its hostile values. */
	private List<Object> objects(GraphQLInputObjectType type, Map<?, ?> valid) {
		List<Object> out = new ArrayList<>();
		for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
			Object validField = valid.get(field.getName());
			if (validField == null && GraphQLTypeUtilNested.isObject(field.getType())) {
				continue; // a nested object the valid call leaves out: its own fields are fuzzed where it is given
			}
			for (Object v : values(field.getType(), validField, FIELD_STRINGS, 1)) {
				Map<String, Object> copy = new LinkedHashMap<>();
				valid.forEach((k, x) -> copy.put(String.valueOf(k), x));
				copy.put(field.getName(), v);
				out.add(copy);
			}
		}
		return out;
	}

	private static Object deep(int depth) {
		Object value = "bottom";
		for (int i = 0; i < depth; i++) {
			value = List.of(value);
		}
		return value;
	}

	private String randomString() {
		StringBuilder text = new StringBuilder();
		int length = this.random.nextInt(60);
		for (int i = 0; i < length; i++) {
			int kind = this.random.nextInt(4);
			text.append(kind == 0 ? (char) (this.random.nextInt(0x7f - 0x20) + 0x20)
					: kind == 1 ? "'\"(){}[]\\/;:$`".charAt(this.random.nextInt(14))
							: kind == 2 ? (char) this.random.nextInt(0xD7FF) : (char) this.random.nextInt(0x20));
		}
		return text.toString();
	}

	/** Type helpers. */
	private static final class GraphQLTypeUtilNested {

		static boolean isObject(GraphQLType type) {
			return graphql.schema.GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLInputObjectType;
		}

	}

}
