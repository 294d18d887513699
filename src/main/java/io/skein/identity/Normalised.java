package io.skein.identity;

/** The outcome of normalising one raw value: the identifier, or why the raw value cannot be used. */
public record Normalised(Identifier identifier, String problem) {

	static Normalised ok(IdentifierType type, String value) {
		return new Normalised(new Identifier(type, value), null);
	}

	static Normalised rejected(String problem) {
		return new Normalised(null, problem);
	}

	public boolean isValid() {
		return this.identifier != null;
	}

}
