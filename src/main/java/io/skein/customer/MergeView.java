package io.skein.customer;

import java.time.ZonedDateTime;
import java.util.List;

/** A merge: the survivor kept its id, the absorbed ids resolve to it; what triggered it, and why. */
public record MergeView(String id, ZonedDateTime at, String reason, String survivorId, List<String> absorbedIds,
		List<String> triggeredBy) {
}
