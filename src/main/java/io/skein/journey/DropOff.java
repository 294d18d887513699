package io.skein.journey;

import java.time.Instant;

/**
 * A journey a customer started and left: when it started (and the interaction that started it), the
 * last step they took and the days of silence since. The id is stable for one start, so detection is
 * idempotent.
 */
public record DropOff(String id, String customerId, DropOffKind kind, Instant startedAt, String startEventId,
		String lastStep, Instant lastStepAt, String lastEventId, int silenceDays) {

	static String idOf(String customerId, DropOffKind kind, String startEventId) {
		return "d-" + customerId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + startEventId;
	}

}
