package io.skein.ingest;

import java.util.Locale;
import java.util.Set;

/** The channels an interaction can come through; anything else is kept as OTHER with a warning. */
final class Channels {

	static final Set<String> KNOWN = Set.of("WEB", "APP", "EMAIL", "SMS", "WHATSAPP", "SOCIAL", "BRANCH", "CALL_CENTRE");

	private Channels() {
	}

	/** The channel's enum name, or null when it is not one Skein knows. */
	static String normalise(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		if (name.equals("CALL_CENTER") || name.equals("CALLCENTRE")) {
			name = "CALL_CENTRE";
		}
		return KNOWN.contains(name) ? name : null;
	}

}
