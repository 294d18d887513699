package io.skein.purpose;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records and events as JSON objects, the way ingestion receives them. */
public final class Fixtures {

	private Fixtures() {
	}

	public static Map<String, Object> customer(String source, String sourceId, String first, String email,
			String... accounts) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("source", source);
		record.put("sourceId", sourceId);
		record.put("firstName", first);
		record.put("lastName", "Test");
		record.put("email", email);
		List<Map<String, Object>> held = new java.util.ArrayList<>();
		for (String account : accounts) {
			String[] parts = account.split(":");
			Map<String, Object> acc = new LinkedHashMap<>();
			acc.put("accountNumber", parts[0]);
			acc.put("productCode", parts[1]);
			acc.put("openedAt", parts.length > 2 ? parts[2] : "2020-01-01");
			held.add(acc);
		}
		record.put("accounts", held);
		return record;
	}

	public static Map<String, Object> event(String eventId, String type, String at, String channel, String email,
			Object... properties) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", eventId);
		event.put("type", type);
		event.put("at", at);
		event.put("channel", channel);
		event.put("identifiers", Map.of("email", email));
		Map<String, Object> props = new HashMap<>();
		for (int i = 0; i < properties.length; i += 2) {
			props.put((String) properties[i], properties[i + 1]);
		}
		event.put("properties", props);
		return event;
	}

	public static Map<String, Object> anonymousEvent(String eventId, String type, String at, String cookie,
			Object... properties) {
		Map<String, Object> event = event(eventId, type, at, "web", "x@example.in", properties);
		event.remove("identifiers");
		event.put("anonymousId", cookie);
		return event;
	}

}
