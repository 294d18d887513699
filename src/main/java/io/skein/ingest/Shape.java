package io.skein.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.graphql.TextCheck;

/**
 * Reads typed fields out of an untyped JSON object (a GraphQL argument or an NDJSON line) and records a
 * clear error, with the field's path, for every value of the wrong JSON type or over the size limit.
 */
final class Shape {

	static final int MAX_STRING = 1024;

	private final String path;

	private final Map<String, Object> json;

	private final List<ItemError> errors;

	Shape(String path, Map<String, Object> json, List<ItemError> errors) {
		this.path = path;
		this.json = json == null ? Map.of() : json;
		this.errors = errors;
	}

	String path(String field) {
		return this.path.isEmpty() ? field : this.path + "." + field;
	}

	String string(String field) {
		Object value = this.json.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s)) {
			this.errors.add(ItemError.badRequest(path(field), "expected a string, got " + typeOf(value)));
			return null;
		}
		if (s.length() > MAX_STRING) {
			this.errors.add(ItemError.badRequest(path(field), "longer than " + MAX_STRING + " characters"));
			return null;
		}
		String problem = badCharacter(s);
		if (problem != null) {
			this.errors.add(ItemError.badRequest(path(field), problem));
			return null;
		}
		return s;
	}

	static String badCharacter(String text) {
		return TextCheck.problem(text);
	}

	String requiredString(String field) {
		String value = string(field);
		if (value == null && !hasError(field)) {
			this.errors.add(ItemError.badRequest(path(field), "is required"));
		}
		else if (value != null && value.isBlank()) {
			this.errors.add(ItemError.badRequest(path(field), "must not be blank"));
			return null;
		}
		return value;
	}

	Double number(String field) {
		Object value = this.json.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Number n)) {
			this.errors.add(ItemError.badRequest(path(field), "expected a number, got " + typeOf(value)));
			return null;
		}
		return n.doubleValue();
	}

	@SuppressWarnings("unchecked")
	Shape object(String field) {
		Object value = this.json.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			this.errors.add(ItemError.badRequest(path(field), "expected an object, got " + typeOf(value)));
			return null;
		}
		return new Shape(path(field), (Map<String, Object>) map, this.errors);
	}

	/** An object as sent, after checking every key and text inside it for {@link #badCharacter} problems. */
	@SuppressWarnings("unchecked")
	Map<String, Object> rawObject(String field) {
		Shape shape = object(field);
		if (shape == null) {
			return null;
		}
		int before = this.errors.size();
		checkText(path(field), shape.json);
		return this.errors.size() > before ? null : shape.json;
	}

	private void checkText(String at, Object value) {
		if (value instanceof String text) {
			String problem = badCharacter(text);
			if (problem != null) {
				this.errors.add(ItemError.badRequest(at, problem));
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				String key = String.valueOf(k);
				String problem = badCharacter(key);
				if (problem != null) {
					this.errors.add(ItemError.badRequest(at, "a key " + problem));
				}
				checkText(at + "." + (problem == null ? key : "?"), v);
			});
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				checkText(at + "[" + i + "]", list.get(i));
			}
		}
	}

	/** The elements of an array of objects, each as a shape with its indexed path. */
	@SuppressWarnings("unchecked")
	List<Shape> objects(String field) {
		Object value = this.json.get(field);
		List<Shape> shapes = new ArrayList<>();
		if (value == null) {
			return shapes;
		}
		if (!(value instanceof List<?> list)) {
			this.errors.add(ItemError.badRequest(path(field), "expected an array, got " + typeOf(value)));
			return shapes;
		}
		for (int i = 0; i < list.size(); i++) {
			Object element = list.get(i);
			if (element instanceof Map<?, ?> map) {
				shapes.add(new Shape(path(field) + "[" + i + "]", (Map<String, Object>) map, this.errors));
			}
			else {
				this.errors.add(ItemError.badRequest(path(field) + "[" + i + "]", "expected an object, got " + typeOf(element)));
			}
		}
		return shapes;
	}

	private boolean hasError(String field) {
		String p = path(field);
		return this.errors.stream().anyMatch(e -> e.field().equals(p));
	}

	static String typeOf(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String) {
			return "a string";
		}
		if (value instanceof Number) {
			return "a number";
		}
		if (value instanceof Boolean) {
			return "a boolean";
		}
		if (value instanceof List) {
			return "an array";
		}
		if (value instanceof Map) {
			return "an object";
		}
		return value.getClass().getSimpleName();
	}

}
