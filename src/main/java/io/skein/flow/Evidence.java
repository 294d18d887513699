package io.skein.flow;

import java.time.ZonedDateTime;

/**
 * Why the bank knows a {@link Fact}: what was seen ({@code detail}, never a personal value), where
 * ({@code source}: the source system of a record or the channel of an event, {@code sourceId} the record),
 * and when.
 */
public record Evidence(Fact fact, String kind, String detail, String source, String sourceId, ZonedDateTime at) {
}
