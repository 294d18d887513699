package io.skein.identity;

import java.util.Map;

/** A normalised identifier value; {@link #key()} is unique across types and is the graph's key for it. */
public record Identifier(IdentifierType type, String value) {

	public String key() {
		return this.type.name() + ":" + this.value;
	}

	/** Shape passed to Cypher as a parameter. */
	public Map<String, Object> asParameter() {
		return Map.of("key", key(), "type", this.type.name(), "value", this.value, "label", this.type.label());
	}

}
