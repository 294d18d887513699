package io.skein.customer;

import java.time.ZonedDateTime;

/** A custom attribute of the golden profile, with its JSON type kept, and where it came from. */
public record AttributeValue(String name, Object value, String source, String sourceId, String rule,
		ZonedDateTime observedAt) {
}
