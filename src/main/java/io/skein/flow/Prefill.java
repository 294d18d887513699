package io.skein.flow;

/** A value the application form is prefilled with, from the golden profile: the record it came from and the rule. */
public record Prefill(String field, String value, String source, String sourceId, String rule) {
}
