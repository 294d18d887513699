package io.skein.segment;

import java.time.Instant;

/** A customer in a segment, and since when. */
public record SegmentMember(String customerId, Instant since) {
}
