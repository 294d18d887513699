package io.skein.identity.matching;

import java.util.Locale;

import io.skein.ingest.RecordInput;

/**
 * A record as the matcher sees it: every value normalised once (folded, lower-case, digits only where it
 * helps), missing values null. {@code id} is unique within one resolution; ties between equal scores are
 * broken on it, so the engine's output depends on ids and values, never on input order.
 */
public record MatchRecord(String id, String givenName, String familyName, BirthDate birthDate, String street,
		String postcode, String city, String email, String phone, String nationalId, String gender,
		java.util.Set<String> nationalIdVariants) {

	/**
	 * A record whose national id is known only as a digest (the graph never stores the raw number):
	 * {@code nationalId} is the digest of the whole id and {@code nationalIdVariants} the digests of the id
	 * and of each one-character deletion of it, so two ids one keying error apart still share a variant.
	 */
	public MatchRecord {
		nationalIdVariants = nationalIdVariants == null ? null : java.util.Set.copyOf(nationalIdVariants);
	}

	public MatchRecord(String id, String givenName, String familyName, BirthDate birthDate, String street,
			String postcode, String city, String email, String phone, String nationalId, String gender) {
		this(id, givenName, familyName, birthDate, street, postcode, city, email, phone, nationalId, gender, null);
	}

	/** The same record with its national id replaced by digests (see the canonical constructor). */
	public MatchRecord withNationalIdDigests(String digest, java.util.Set<String> variants) {
		return new MatchRecord(this.id, this.givenName, this.familyName, this.birthDate, this.street, this.postcode,
				this.city, this.email, this.phone, digest, this.gender, digest == null ? null : variants);
	}

	/** Id {@code source:sourceId}. */
	public static MatchRecord of(RecordInput input) {
		return of(input.source() + ":" + input.sourceId(), input);
	}

	public static MatchRecord of(String id, RecordInput input) {
		RecordInput.Address address = input.address();
		String given = TextAnalysis.folded(input.firstName());
		String family = TextAnalysis.folded(input.lastName());
		if (given == null && family == null && input.fullName() != null) {
			String[] parts = TextAnalysis.folded(input.fullName()) == null ? new String[0]
					: TextAnalysis.folded(input.fullName()).split(" ");
			given = parts.length > 1 ? String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)) : null;
			family = parts.length > 0 ? parts[parts.length - 1] : null;
		}
		String street = address == null ? null
				: TextAnalysis.folded(join(address.line1(), address.line2()));
		String postcode = address == null ? null : alphanumeric(address.postcode());
		String city = address == null ? null : TextAnalysis.folded(address.city());
		return new MatchRecord(id, given, family, BirthDate.parse(input.dateOfBirth()), street, postcode, city,
				email(input.email()), digits(input.phone()), alphanumeric(input.nationalId()), gender(input.gender()));
	}

	private static String join(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + " " + second;
	}

	static String alphanumeric(String value) {
		if (value == null) {
			return null;
		}
		String kept = value.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
		return kept.isEmpty() ? null : kept;
	}

	static String digits(String value) {
		if (value == null) {
			return null;
		}
		String kept = value.replaceAll("\\D", "");
		return kept.length() < 6 ? null : kept;
	}

	private static String email(String value) {
		if (value == null || value.indexOf('@') < 1) {
			return null;
		}
		return value.strip().toLowerCase(Locale.ROOT);
	}

	private static String gender(String value) {
		String folded = TextAnalysis.folded(value);
		if (folded == null) {
			return null;
		}
		return switch (folded.charAt(0)) {
			case 'm' -> "m";
			case 'f', 'w' -> "f";
			default -> null;
		};
	}

}
