package io.skein.segment;

import java.time.Instant;

/** One of a customer's segments, and since when they have been in it. */
public record SegmentMembership(String customerId, Segment segment, Instant since) {

	public String segmentId() {
		return this.segment.id();
	}

}
