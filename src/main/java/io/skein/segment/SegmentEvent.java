package io.skein.segment;

import java.time.Instant;

/** An entry into or exit from a segment, as stored in the graph. */
public record SegmentEvent(String id, String type, Instant at, String customerId, String segmentId) {
}
