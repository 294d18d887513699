package io.skein.security;

import graphql.schema.DataFetchingEnvironment;

/**
 * What one {@code Type.field} needs: the role a caller must hold to resolve it at all ({@code null}:
 * whoever reached the parent object), and, for PII, the role from which the raw value is shown and the
 * mask applied below it.
 */
public record FieldRule(Role required, Role unmaskedFrom, Mask mask) {

	/** Turns a resolved value (never null) into what a caller below {@link #unmaskedFrom} sees. */
	@FunctionalInterface
	public interface Mask {

		Object apply(Object value, DataFetchingEnvironment env);

	}

	public static FieldRule requires(Role role) {
		return new FieldRule(role, null, null);
	}

	public static FieldRule masked(Role unmaskedFrom, Mask mask) {
		return new FieldRule(null, unmaskedFrom, mask);
	}

	/** A root field nobody mapped: no caller may resolve it. */
	public static final FieldRule DENY = new FieldRule(null, null, null);

	public boolean isDeny() {
		return this == DENY;
	}

}
