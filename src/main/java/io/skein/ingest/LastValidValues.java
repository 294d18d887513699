package io.skein.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.Normalised;
import io.skein.identity.resolution.NationalIdDigests;
import org.neo4j.driver.Record;

/**
 * An update that brings a malformed optional value keeps the record's last valid one (issue 13, finding
 * 9): a date of birth, e-mail, phone or national id that cannot be read does not replace a good stored
 * one, which the record keeps as its value, identifier and blocking key, with a warning naming the field.
 * The malformed text stays only in the stored payload (a malformed national id not even there). A blank
 * or missing value is not malformed: the source no longer has one, and the update removes it.
 */
final class LastValidValues {

	private LastValidValues() {
	}

	/** A record's values as last written: its date of birth when valid, its e-mail and phone as sent. */
	record Stored(String dateOfBirth, String email, String phone, NationalIdDigests.Digests nationalId) {

		static Stored of(Record row) {
			NationalIdDigests.Digests nationalId = row.get("nationalIdDigest").isNull() ? null
					: new NationalIdDigests.Digests(row.get("nationalIdDigest").asString(),
							row.get("nationalIdVariants").isNull() ? Set.of()
									: Set.copyOf(row.get("nationalIdVariants").asList(v -> v.asString())));
			return new Stored(row.get("dateOfBirth").asString(null), row.get("email").asString(null),
					row.get("phone").asString(null), nationalId);
		}

	}

	/**
	 * The record as it is written: {@code record} with the kept values in place of malformed ones, its
	 * valid date of birth, identifiers, warnings and, when the national id was kept, its stored digests.
	 */
	record Written(RecordInput record, String dateOfBirth, List<Identifier> identifiers,
			NationalIdDigests.Digests keptNationalId, List<String> warnings) {

		/** What the next version of this record (later in the same batch) finds stored. */
		Stored asStored(NationalIdDigests digests) {
			return new Stored(this.dateOfBirth, this.record.email(), this.record.phone(),
					this.keptNationalId != null ? this.keptNationalId : digests.of(this.record.nationalId()));
		}

	}

	/** As first written: nothing stored to keep. */
	static Written fresh(RecordIngestor.Prepared p) {
		return new Written(p.record(), p.dateOfBirth(), p.identifiers(), null, p.warnings());
	}

	/** An update: each malformed value of {@code p} replaced by the stored valid one, if any, with a warning. */
	static Written update(RecordIngestor.Prepared p, Stored stored, IdentifierNormaliser normaliser) {
		RecordInput r = p.record();
		List<Identifier> identifiers = new ArrayList<>(p.identifiers());
		List<String> warnings = new ArrayList<>(p.warnings());
		String dateOfBirth = p.dateOfBirth();
		if (dateOfBirth == null && present(r.dateOfBirth()) && stored.dateOfBirth() != null) {
			dateOfBirth = stored.dateOfBirth();
			warnings.add("dateOfBirth: kept the stored date of birth (the malformed value stays only in the payload)");
		}
		String email = keep(r.email(), stored.email(), IdentifierType.EMAIL, identifiers, warnings, normaliser);
		String phone = keep(r.phone(), stored.phone(), IdentifierType.PHONE, identifiers, warnings, normaliser);
		NationalIdDigests.Digests keptNationalId = null;
		if (present(r.nationalId()) && !normaliser.normalise(IdentifierType.NATIONAL_ID, r.nationalId()).isValid()
				&& stored.nationalId() != null) {
			keptNationalId = stored.nationalId();
			identifiers.add(new Identifier(IdentifierType.NATIONAL_ID, keptNationalId.digest()));
			warnings.add("nationalId: kept the stored national id (the malformed value is not stored)");
		}
		RecordInput written = new RecordInput(r.source(), r.sourceId(), r.firstName(), r.middleName(), r.lastName(),
				r.fullName(), dateOfBirth != null ? dateOfBirth : r.dateOfBirth(), r.gender(), email, phone, r.nationalId(),
				r.address(), r.attributes(), r.accounts());
		return new Written(written, dateOfBirth, identifiers.stream().distinct().toList(), keptNationalId,
				List.copyOf(warnings));
	}

	/** The value to write for an e-mail or phone: the stored valid one when {@code sent} is malformed. */
	private static String keep(String sent, String stored, IdentifierType type, List<Identifier> identifiers,
			List<String> warnings, IdentifierNormaliser normaliser) {
		if (!present(sent) || normaliser.normalise(type, sent).isValid() || stored == null) {
			return sent;
		}
		Normalised last = normaliser.normalise(type, stored);
		if (!last.isValid()) {
			return sent;
		}
		identifiers.add(last.identifier());
		warnings.add(type == IdentifierType.EMAIL ? "email: kept the stored e-mail (the malformed value stays only in the payload)"
				: "phone: kept the stored phone (the malformed value stays only in the payload)");
		return stored;
	}

	/** Sent and not blank: a value that may be malformed (a blank one is simply absent). */
	private static boolean present(String sent) {
		return sent != null && !sent.isBlank();
	}

}
