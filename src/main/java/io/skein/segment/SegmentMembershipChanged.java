package io.skein.segment;

import java.time.Instant;

/**
 * Published after a customer entered or left a segment (or audience); journeys start from these.
 *
 * @param type ENTERED or EXITED
 */
public record SegmentMembershipChanged(String customerId, String segmentId, String type, Instant at) {
}
