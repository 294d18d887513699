package io.skein.identity.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.skein.ingest.RecordInput;

/**
 * The same labelled records with fields taken away, to measure how resolution holds on sparser data than
 * the public sets give: names are always kept, plus nothing else, or only the date of birth, the locality
 * (town and postcode) or the e-mail. Every other field, identifiers included, is removed.
 */
public enum FieldSubset {

	/** The records as given. */
	ALL("as given"),
	/** Given name, family name and date of birth. */
	NAMES_DOB("names + date of birth"),
	/** Given name, family name, town and postcode. */
	NAMES_LOCALITY("names + locality"),
	/** Given name, family name and e-mail. */
	NAMES_EMAIL("names + email");

	private final String label;

	FieldSubset(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Command-line spelling: {@code names+dob}, {@code names+locality}, {@code names+email}, {@code all}. */
	public String option() {
		return this == ALL ? "all" : name().toLowerCase(Locale.ROOT).replace('_', '+');
	}

	public static FieldSubset ofOption(String option) {
		for (FieldSubset subset : values()) {
			if (subset.option().equalsIgnoreCase(option) || subset.name().equalsIgnoreCase(option)) {
				return subset;
			}
		}
		throw new IllegalArgumentException("Unknown field subset " + option + "; one of all, names+dob, names+locality, names+email");
	}

	public RecordInput apply(RecordInput in) {
		if (this == ALL) {
			return in;
		}
		RecordInput.Address address = in.address() == null || this != NAMES_LOCALITY ? null
				: new RecordInput.Address(null, null, in.address().city(), in.address().postcode(), null, null);
		return new RecordInput(in.source(), in.sourceId(), in.firstName(), in.middleName(), in.lastName(),
				in.fullName(), this == NAMES_DOB ? in.dateOfBirth() : null, null,
				this == NAMES_EMAIL ? in.email() : null, null, null, address, null, List.of());
	}

	/**
	 * Whether the subset says something new about a data set: it removes a field the records have and keeps
	 * one besides the names.
	 */
	public boolean appliesTo(List<RecordInput> records) {
		if (this == ALL) {
			return true;
		}
		Predicate<RecordInput> kept = switch (this) {
			case NAMES_DOB -> r -> r.dateOfBirth() != null;
			case NAMES_LOCALITY -> r -> r.address() != null && (r.address().city() != null || r.address().postcode() != null);
			case NAMES_EMAIL -> r -> r.email() != null;
			default -> r -> true;
		};
		boolean keepsSomething = records.stream().anyMatch(kept);
		boolean removesSomething = records.stream().anyMatch(r -> !apply(r).equals(r));
		return keepsSomething && removesSomething;
	}

}
