package io.skein.purpose;

import java.time.Instant;
import java.util.Map;

/** One interaction as purpose discovery sees it: what happened, where, when, and its properties. */
public record Activity(String eventId, String type, String channel, Instant at, String category,
		Map<String, Object> properties) {

	public Activity {
		properties = properties == null ? Map.of() : properties;
	}

	/** A property as text, or null when absent. */
	public String text(String name) {
		Object value = this.properties.get(name);
		return value == null ? null : value.toString();
	}

	public double number(String name) {
		Object value = this.properties.get(name);
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		try {
			return value == null ? 0 : Double.parseDouble(value.toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
