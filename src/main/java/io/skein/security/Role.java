package io.skein.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a caller is allowed to do. The four people roles form a ladder (each implies the ones below it);
 * {@link #INGEST} is a service role for source systems that may only write records and events.
 * {@link #ADMIN} implies every other role, INGEST included.
 */
public enum Role {

	/** Frontends and BI: read customers; contact and identity data masked. */
	VIEWER,
	/** Segments, funnels and reads; PII masked. */
	ANALYST,
	/** Review, merge, split, ban, undo, data exports; sees PII. */
	STEWARD,
	/** Configuration, API keys, journeys, erasure, audit. */
	ADMIN,
	/** Source systems: ingestRecords and track only. */
	INGEST;

	/** This role and every role it implies. */
	public Set<Role> effective() {
		return switch (this) {
			case VIEWER -> EnumSet.of(VIEWER);
			case ANALYST -> EnumSet.of(VIEWER, ANALYST);
			case STEWARD -> EnumSet.of(VIEWER, ANALYST, STEWARD);
			case ADMIN -> EnumSet.allOf(Role.class);
			case INGEST -> EnumSet.of(INGEST);
		};
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** The role named exactly {@code text} ({@code ADMIN}; not {@code admin}, not {@code ROLE_ADMIN}), or null. */
	public static Role exact(String text) {
		for (Role role : values()) {
			if (role.name().equals(text)) {
				return role;
			}
		}
		return null;
	}

	/** The role named by {@code text} (case-insensitive, with or without {@code ROLE_}), or null. */
	public static Role parse(String text) {
		if (text == null) {
			return null;
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		if (name.startsWith("ROLE_")) {
			name = name.substring(5);
		}
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}

}
