package io.skein.customer;

import java.time.ZonedDateTime;

/** A golden-profile value and where it came from: the record, and the rule that chose it. */
public record ProfileValue(String value, String source, String sourceId, String rule, ZonedDateTime observedAt) {
}
