package io.skein.purpose;

import java.time.Instant;
import java.util.Map;

import io.skein.ingest.Json;
import org.neo4j.driver.Value;

/** One interaction as purpose discovery sees it: what happened, where, when, and its properties. */
public record Activity(String eventId, String type, String channel, Instant at, String category,
		Map<String, Object> properties) {

	public Activity {
		properties = properties == null ? Map.of() : properties;
	}

	/** From a map row of {@code eventId, type, channel, at, category, properties} (properties as stored JSON). */
	public static Activity of(Value i) {
		Value props = i.get("properties");
		Map<String, Object> parsed = Map.of();
		if (props != null && !props.isNull()) {
			try {
				parsed = Json.parseObject(props.asString());
			}
			catch (IllegalArgumentException ex) {
				parsed = Map.of();
			}
		}
		return new Activity(i.get("eventId").asString(), text(i.get("type")), text(i.get("channel")),
				i.get("at").asZonedDateTime().toInstant(), text(i.get("category")), parsed);
	}

	private static String text(Value v) {
		return v == null || v.isNull() ? null : v.asString();
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
