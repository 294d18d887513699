package io.skein.segment;

import java.time.Instant;

/**
 * A change to a segment, as stored in the graph: a customer's entry ({@code ENTERED}) or exit
 * ({@code EXITED}), or the segment's first evaluation ({@code CREATED}, with no customer and its
 * {@code memberCount}: the first members are not recorded one by one).
 */
public record SegmentEvent(String id, String type, Instant at, String customerId, String segmentId,
		Integer memberCount) {
}
