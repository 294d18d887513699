package io.skein.identity.matching;

/**
 * One blocking key: records sharing a key are compared, records sharing none never are. Stored as a node
 * in the graph ({@link #asString()} is its unique value), so every service instance finds the same
 * candidates for a record.
 *
 * @param kind which rule made the key, e.g. {@code fam+yob}
 * @param value the key's value under that rule
 */
public record BlockingKey(String kind, String value) {

	public String asString() {
		return this.kind + ":" + this.value;
	}

}
