package io.skein.identity.resolution;

import java.time.Instant;
import java.util.HashSet;

import io.skein.identity.matching.MatchRecord;
import io.skein.ingest.RecordInput;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessorWithDefaultValue;

/**
 * A stored source record as resolution reads it back: the matcher's view (national id as digests) and
 * the active customer it belongs to now; {@code pairsMarker} says whether its MATCHED edges are complete
 * ({@link PairsMarker}).
 */
public record StoredRecord(MatchRecord match, String source, String sourceId, String firstName, String lastName,
		String customerId, Instant customerCreatedAt, Instant firstSeenAt, String pairsMarker) {

	public String id() {
		return this.match.id();
	}

	/** This record on another customer (as a bootstrap load's memory knows it, not the store). */
	StoredRecord withCustomer(String id, Instant createdAt) {
		return new StoredRecord(this.match, this.source, this.sourceId, this.firstName, this.lastName, id, createdAt,
				this.firstSeenAt, this.pairsMarker);
	}

	static StoredRecord from(MapAccessorWithDefaultValue row) {
		RecordInput.Address address = new RecordInput.Address(s(row, "addressLine1"), s(row, "addressLine2"),
				s(row, "city"), s(row, "postcode"), s(row, "state"), s(row, "country"));
		boolean noAddress = address.line1() == null && address.line2() == null && address.city() == null
				&& address.postcode() == null;
		RecordInput input = new RecordInput(s(row, "source"), s(row, "sourceId"), s(row, "firstName"),
				s(row, "middleName"), s(row, "lastName"), s(row, "fullName"), s(row, "dateOfBirth"), s(row, "gender"),
				s(row, "email"), s(row, "phone"), null, noAddress ? null : address, null, null);
		String digest = s(row, "nationalIdDigest");
		Value variants = row.get("nationalIdVariants");
		MatchRecord match = MatchRecord.of(row.get("id").asString(), input)
			.withNationalIdDigests(digest, variants == null || variants.isNull() ? null
					: new HashSet<>(variants.asList(Value::asString)));
		Value created = row.get("customerCreatedAt");
		Value firstSeen = row.get("firstSeenAt");
		return new StoredRecord(match, input.source(), input.sourceId(), input.firstName(), input.lastName(),
				s(row, "customerId"), created == null || created.isNull() ? null : created.asZonedDateTime().toInstant(),
				firstSeen == null || firstSeen.isNull() ? null : firstSeen.asZonedDateTime().toInstant(),
				s(row, "pairsMarker"));
	}

	private static String s(MapAccessorWithDefaultValue row, String key) {
		Value v = row.get(key);
		return v == null || v.isNull() ? null : v.asString();
	}

}
