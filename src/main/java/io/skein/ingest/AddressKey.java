package io.skein.ingest;

import java.util.Locale;

/**
 * A record's address as households look it up: the postcode and the first line with case, spaces and common
 * punctuation dropped ({@code 560038|flat304lakeviewresidency}). Stored on the record ({@code addressKey},
 * indexed), so finding the other records at an address is one index seek instead of reading every record at
 * its postcode, which grows with the store (cypher/household/shared-addresses). cypher/graph/set-address-keys
 * computes the same key in Cypher for records written before it existed: the two must agree.
 */
public final class AddressKey {

	private AddressKey() {
	}

	/** The key, or null when the postcode or the first line is missing. */
	public static String of(String postcode, String line1) {
		if (postcode == null || line1 == null) {
			return null;
		}
		String folded = line1.replace(" ", "")
			.replace(",", "")
			.replace(".", "")
			.replace("-", "")
			.replace("/", "")
			.toLowerCase(Locale.ROOT);
		return postcode + "|" + folded;
	}

}
