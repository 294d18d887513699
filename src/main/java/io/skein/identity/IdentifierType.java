package io.skein.identity;

/** The kinds of identifier Skein stitches on or remembers; the graph label of each is its {@link #label()}. */
public enum IdentifierType {

	EMAIL("Email"), PHONE("Phone"), NATIONAL_ID("NationalId"), ACCOUNT_NUMBER("AccountNumber"), DEVICE("Device"),
	COOKIE("Cookie");

	private final String label;

	IdentifierType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
