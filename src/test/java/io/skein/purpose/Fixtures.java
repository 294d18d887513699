package io.skein.purpose;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;

/** Records and events as JSON objects, the way ingestion receives them, and a few scenes ingested from them. */
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

	/**
	 * Ingests customers k1..kN, customer kn having verified a PAN on the n-th of November 2026 and said
	 * nothing since: each a KYC drop-off once detected after the silence.
	 */
	public static void silentKycCustomers(IngestService ingest, int count) {
		for (int n = 1; n <= count; n++) {
			String email = "k" + n + "@example.in";
			ingest.ingestRecords(List.of(customer("crm", "k" + n, "K", email)), "records");
			ingest.track(List.of(event("k" + n, "KYC_step", "2026-11-0" + n + "T09:00:00Z", "app", email, "step",
					"pan_verified")), "events");
		}
	}

	public static Map<String, Object> anonymousEvent(String eventId, String type, String at, String cookie,
			Object... properties) {
		Map<String, Object> event = event(eventId, type, at, "web", "x@example.in", properties);
		event.remove("identifiers");
		event.put("anonymousId", cookie);
		return event;
	}

}
