package io.skein.orchestration;

import java.time.Instant;
import java.util.Map;

/**
 * A stored journey seen at one version ({@link #version}: the one asked for, else the newest).
 *
 * @param status ACTIVE or PAUSED (a paused journey takes no new customers)
 */
public record Journey(String key, String status, int version, int latestVersion, Map<String, Object> definition,
		Instant definedAt, String definedBy) {

	static final String ACTIVE = "ACTIVE";

	static final String PAUSED = "PAUSED";

	public String name() {
		return (String) this.definition.get("name");
	}

	public String description() {
		return (String) this.definition.get("description");
	}

}
