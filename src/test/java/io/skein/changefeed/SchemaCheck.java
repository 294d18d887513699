package io.skein.changefeed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a JSON value against the parts of JSON Schema the change event's schema uses (type, required,
 * properties, additionalProperties, enum, const, minLength, minimum, items, minItems, allOf with if/then):
 * no validator library is available offline. Returns the violations, none when valid.
 */
final class SchemaCheck {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SchemaCheck() {
	}

	static JsonNode changeEventSchema() {
		try (InputStream in = SchemaCheck.class.getResourceAsStream("/schemas/customer-change-event.schema.json")) {
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> violations(JsonNode schema, JsonNode value) {
		List<String> found = new ArrayList<>();
		check(schema, value, "$", found);
		return found;
	}

	private static void check(JsonNode schema, JsonNode value, String at, List<String> found) {
		if (schema.has("type") && !hasType(value, schema.get("type").asString())) {
			found.add(at + ": not " + schema.get("type").asString() + ": " + value);
			return;
		}
		if (schema.has("const") && !schema.get("const").equals(value)) {
			found.add(at + ": not " + schema.get("const"));
		}
		if (schema.has("enum") && !contains(schema.get("enum"), value)) {
			found.add(at + ": " + value + " not in " + schema.get("enum"));
		}
		if (schema.has("minLength") && value.isString() && value.asString().length() < schema.get("minLength").asInt()) {
			found.add(at + ": shorter than " + schema.get("minLength"));
		}
		if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
			found.add(at + ": below " + schema.get("minimum"));
		}
		if (value.isArray()) {
			if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
				found.add(at + ": fewer than " + schema.get("minItems") + " items");
			}
			if (schema.has("items")) {
				for (int i = 0; i < value.size(); i++) {
					check(schema.get("items"), value.get(i), at + "[" + i + "]", found);
				}
			}
		}
		if (value.isObject()) {
			for (JsonNode name : schema.path("required")) {
				if (!value.has(name.asString())) {
					found.add(at + ": " + name.asString() + " missing");
				}
			}
			JsonNode properties = schema.path("properties");
			for (String name : value.propertyNames()) {
				if (properties.has(name)) {
					check(properties.get(name), value.get(name), at + "." + name, found);
				}
				else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
					found.add(at + ": " + name + " not allowed");
				}
			}
		}
		for (JsonNode part : schema.path("allOf")) {
			if (part.has("if") && violations(part.get("if"), value).isEmpty()) {
				check(part.get("then"), value, at, found);
			}
		}
	}

	private static boolean contains(JsonNode values, JsonNode value) {
		for (JsonNode v : values) {
			if (v.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasType(JsonNode value, String type) {
		return switch (type) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isString();
			case "integer" -> value.isIntegralNumber();
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			default -> throw new IllegalArgumentException("schema type " + type);
		};
	}

}
