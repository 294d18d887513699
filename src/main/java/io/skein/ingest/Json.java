package io.skein.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Canonical JSON (sorted keys, no nulls) for stored payloads and their hashes, and NDJSON line parsing. */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private Json() {
	}

	public static String canonical(Object value) {
		return MAPPER.writeValueAsString(withoutNulls(value));
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** Parses one JSON object; throws {@link IllegalArgumentException} with a readable reason otherwise. */
	public static Map<String, Object> parseObject(String text) {
		try {
			Object value = MAPPER.readValue(text, Object.class);
			if (!(value instanceof Map<?, ?>)) {
				throw new IllegalArgumentException("expected a JSON object, got " + Shape.typeOf(value));
			}
			return MAPPER.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not valid JSON: " + ex.getOriginalMessage());
		}
	}

	public static Object parse(String text) {
		return MAPPER.readValue(text, Object.class);
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Object withoutNulls(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<String, Object>) map).forEach((k, v) -> {
				if (v != null) {
					copy.put(k, withoutNulls(v));
				}
			});
			return copy;
		}
		if (value instanceof java.util.List<?> list) {
			return list.stream().map(Json::withoutNulls).toList();
		}
		return value;
	}

}
