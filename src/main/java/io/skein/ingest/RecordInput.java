package io.skein.ingest;

import java.util.List;
import java.util.Map;

/**
 * A customer record as a source system sent it: the contract shared by GraphQL's
 * {@code SourceRecordInput}, NDJSON lines and mapped CSV rows. Only {@code source} and {@code sourceId}
 * are required; every other value is kept as received, checked and normalised by ingestion.
 */
public record RecordInput(String source, String sourceId, String firstName, String middleName, String lastName,
		String fullName, String dateOfBirth, String gender, String email, String phone, String nationalId,
		Address address, Map<String, Object> attributes, List<Account> accounts) {

	public RecordInput {
		attributes = attributes == null ? Map.of() : attributes;
		accounts = accounts == null ? List.of() : accounts;
	}

	/** A postal address, each line as received. */
	public record Address(String line1, String line2, String city, String postcode, String state, String country) {
	}

	/** A holding the source asserts: an account number and the product it is of. */
	public record Account(String accountNumber, String productCode, String openedAt, String closedAt, Double balance,
			String currency) {
	}

}
