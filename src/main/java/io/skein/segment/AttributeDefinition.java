package io.skein.segment;

import java.time.Instant;

import io.skein.segment.rule.ValueType;

/** A custom attribute rules may use, e.g. IsGlobetrotter BOOLEAN; values arrive on records' {@code attributes}. */
public record AttributeDefinition(String name, ValueType type, Instant definedAt) {
}
