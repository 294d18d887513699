package io.skein.changefeed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One customer change as published (see {@code schemas/customer-change-event.schema.json}): ids and codes only,
 * never personal data.
 *
 * @param eventId the idempotency key: the same on every re-send of this change
 * @param customerId the customer changed (the record key on the topic)
 * @param seq the customer's change number, 1, 2, ... in commit order
 * @param type CREATED, MERGED, SPLIT, ERASED, SEGMENT_ENTERED, SEGMENT_EXITED, PURPOSE_STAGE_CHANGED,
 * DROP_OFF_DETECTED or DROP_OFF_CLEARED
 * @param at when the change was committed to the store (its transaction's time)
 * @param data what the type says changed (e.g. {@code absorbedIds}, {@code segmentId}, {@code toStage})
 */
public record ChangeEvent(String eventId, String customerId, long seq, String type, Instant at, Map<String, Object> data) {

	/** Schema version of the published JSON. */
	public static final int SCHEMA_VERSION = 1;

	private static final Set<String> ENVELOPE = Set.of("id", "customerId", "seq", "type", "at", "publishedAt");

	/** Reads a stored {@code ChangeEvent} node's properties: the envelope, and the rest as data. */
	static ChangeEvent of(Map<String, Object> node) {
		Map<String, Object> data = new TreeMap<>();
		node.forEach((k, v) -> {
			if (!ENVELOPE.contains(k) && v != null) {
				data.put(k, v);
			}
		});
		Object at = node.get("at");
		Instant instant = at instanceof java.time.temporal.TemporalAccessor t ? Instant.from(t) : Instant.parse(at.toString());
		return new ChangeEvent((String) node.get("id"), (String) node.get("customerId"), ((Number) node.get("seq")).longValue(),
				(String) node.get("type"), instant, data);
	}

	/** The record value: the JSON object the schema describes. */
	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("schemaVersion", SCHEMA_VERSION);
		json.put("eventId", this.eventId);
		json.put("customerId", this.customerId);
		json.put("seq", this.seq);
		json.put("type", this.type);
		json.put("at", this.at.toString());
		json.put("data", this.data);
		return json;
	}

}
