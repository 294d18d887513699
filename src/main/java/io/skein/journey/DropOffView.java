package io.skein.journey;

import java.time.ZonedDateTime;

import io.skein.customer.CustomerView;
import io.skein.customer.InteractionView;

/** A stored drop-off as the API shows it; {@code silenceDays} is counted to now when read. */
public record DropOffView(String id, CustomerView customer, DropOffKind kind, ZonedDateTime startedAt,
		String lastStep, ZonedDateTime lastStepAt, int silenceDays, ZonedDateTime detectedAt,
		InteractionView lastInteraction) {
}
