package io.skein.demo;

import java.time.Instant;
import java.util.Map;

import io.skein.ingest.EventInput.Identifiers;

/**
 * An event before it has its id: ids are given in file order once a person's events are sorted by time.
 *
 * @param evidenceOf the planted purpose this event is evidence of, or {@code null} for routine activity
 */
record EventDraft(Instant at, String type, String channel, String anonymousId, String deviceId,
		Identifiers identifiers, Map<String, Object> properties, PurposeType evidenceOf) {
}
