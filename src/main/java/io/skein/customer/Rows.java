package io.skein.customer;

import java.time.ZonedDateTime;
import java.util.List;

import org.neo4j.driver.Value;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reading nullable driver values and stored JSON text into the view records. */
final class Rows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Rows() {
	}

	static String string(Value value) {
		return value == null || value.isNull() ? null : value.asString();
	}

	static ZonedDateTime dateTime(Value value) {
		return value == null || value.isNull() ? null : value.asZonedDateTime();
	}

	static Double number(Value value) {
		return value == null || value.isNull() ? null : value.asDouble();
	}

	static List<String> strings(Value value) {
		return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
	}

	/** Stored JSON text as JSON values (maps, lists, scalars); text that does not parse stays text. */
	static Object json(String text, Object whenAbsent) {
		if (text == null) {
			return whenAbsent;
		}
		try {
			return JSON.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			return text;
		}
	}

}
