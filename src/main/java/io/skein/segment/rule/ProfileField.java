package io.skein.segment.rule;

/**
 * Source-record fields a rule may compare. AGE is whole years from dateOfBirth to today. A customer
 * matches when any of their source records matches.
 */
public enum ProfileField {

	AGE("dateOfBirth", ValueType.NUMBER), DATE_OF_BIRTH("dateOfBirth", ValueType.DATE),
	GENDER("gender", ValueType.STRING), CITY("city", ValueType.STRING), STATE("state", ValueType.STRING),
	COUNTRY("country", ValueType.STRING), POSTCODE("postcode", ValueType.STRING),
	FIRST_NAME("firstName", ValueType.STRING), LAST_NAME("lastName", ValueType.STRING),
	SOURCE("source", ValueType.STRING);

	private final String property;

	private final ValueType type;

	ProfileField(String property, ValueType type) {
		this.property = property;
		this.type = type;
	}

	public String property() {
		return this.property;
	}

	public ValueType type() {
		return this.type;
	}

}
