package io.skein.customer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/**
 * A source record as received: {@code payload} is the parsed JSON the source sent. {@code customerId}
 * is the customer it belonged to when read, for {@code SourceRecord.customer}.
 */
public record SourceRecordView(String id, String source, String sourceId, ZonedDateTime receivedAt, Object payload,
		List<String> warnings, String customerId) {

	static SourceRecordView from(Value record, String customerId) {
		return new SourceRecordView(record.get("id").asString(), Rows.string(record.get("source")),
				Rows.string(record.get("sourceId")), Rows.dateTime(record.get("receivedAt")),
				Rows.json(Rows.string(record.get("payload")), Map.of()), Rows.strings(record.get("warnings")),
				customerId);
	}

}
