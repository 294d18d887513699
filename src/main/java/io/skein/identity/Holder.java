package io.skein.identity;

import java.time.Instant;

/**
 * A customer that already holds an identifier. {@code name} is the name on the holding source record,
 * or null when the customer holds it only through events.
 */
public record Holder(String customerId, Instant createdAt, boolean anonymous, PersonName name) {
}
