package io.skein.customer;

import java.time.ZonedDateTime;

/** One event on a customer's timeline; {@code properties} is the event's JSON as sent. */
public record InteractionView(String eventId, String type, String channel, ZonedDateTime at, String category,
		Object properties) {
}
