package io.skein.identity.resolution;

import org.neo4j.driver.Record;

/** A source record in short, for stewards. */
public record RecordSummary(String id, String source, String sourceId, String customerId, String name,
		String dateOfBirth, String email, String phone, String address) {

	public static RecordSummary from(Record row) {
		return new RecordSummary(row.get("id").asString(), row.get("source").asString(null),
				row.get("sourceId").asString(null), row.get("customerId").asString(null), blank(row.get("name").asString(null)),
				row.get("dateOfBirth").asString(null), row.get("email").asString(null), row.get("phone").asString(null),
				blank(row.get("address").asString(null)));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
