package io.skein.journey;

import java.time.Instant;

/** Published once when a drop-off is first detected: the moment a win-back journey can start. */
public record DropOffDetected(String dropOffId, String customerId, DropOffKind kind, Instant startedAt,
		Instant lastStepAt) {
}
