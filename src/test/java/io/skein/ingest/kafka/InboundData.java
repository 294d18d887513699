package io.skein.ingest.kafka;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.Json;
import io.skein.ingest.cli.DatasetRecords;

/**
 * What the Kafka-in tests send: the first records of fake_1000 (fuzzy duplicates included) read through
 * its mapping as {@code import} reads them, and events on some of their emails, anonymous ones, and a login
 * tying a cookie to a known email; each as the Kafka message (key, JSON) and as the JSON object itself.
 */
final class InboundData {

	private InboundData() {
	}

	static List<Map<String, Object>> records(int count) {
		List<Map<String, Object>> all = DatasetRecords.read(DatasetRecords.file("splink_fake_1000/fake_1000.csv"),
				"splink_fake_1000");
		return List.copyOf(all.subList(0, count));
	}

	/** Page views on the emails of every third record that has one, anonymous views, one login. */
	static List<Map<String, Object>> events(String prefix, List<Map<String, Object>> records) {
		List<Map<String, Object>> events = new ArrayList<>();
		String known = null;
		for (int i = 0; i < records.size(); i += 3) {
			Object email = records.get(i).get("email");
			if (email instanceof String e && !e.isBlank()) {
				events.add(event(prefix + "-view-" + i, "page_view", "2026-01-01T10:00:00Z", null, e));
				known = e;
			}
		}
		for (int i = 0; i < 4; i++) {
			events.add(event(prefix + "-anon-" + i, "page_view", "2026-01-01T11:00:00Z", prefix + "-cookie-" + i, null));
		}
		events.add(event(prefix + "-login", "login", "2026-01-01T11:05:00Z", prefix + "-cookie-0", known));
		return events;
	}

	private static Map<String, Object> event(String id, String type, String at, String anonymousId, String email) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", id);
		event.put("type", type);
		event.put("at", at);
		if (anonymousId != null) {
			event.put("anonymousId", anonymousId);
		}
		if (email != null) {
			event.put("identifiers", Map.of("email", email));
		}
		return event;
	}

	/** Records as messages keyed {@code source:sourceId}. */
	static List<Map.Entry<String, String>> recordMessages(List<Map<String, Object>> records) {
		return records.stream()
			.map(r -> (Map.Entry<String, String>) new AbstractMap.SimpleEntry<>(r.get("source") + ":" + r.get("sourceId"),
					Json.write(r)))
			.toList();
	}

	/** Events as messages keyed by {@code eventId}. */
	static List<Map.Entry<String, String>> eventMessages(List<Map<String, Object>> events) {
		return events.stream()
			.map(e -> (Map.Entry<String, String>) new AbstractMap.SimpleEntry<>((String) e.get("eventId"), Json.write(e)))
			.toList();
	}

	/** The same as NDJSON, records first, as a file for {@code import}. */
	static String ndjson(List<Map<String, Object>> records, List<Map<String, Object>> events) {
		StringBuilder lines = new StringBuilder();
		records.forEach(r -> lines.append(Json.write(r)).append('\n'));
		events.forEach(e -> lines.append(Json.write(e)).append('\n'));
		return lines.toString();
	}

}
