package io.skein.ingest.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small NDJSON file with the cases an import must handle: two pairs of records sharing an email, a
 * malformed email, broken JSON (line 7), a record without sourceId (line 8), a blank line, a sourceId
 * that needs CSV quoting, and events (one anonymous, one login tying its cookie to a known email).
 */
final class PeopleFixture {

	static final String NDJSON = """
			{"source":"crm","sourceId":"1","firstName":"Asha","lastName":"Rao","email":"asha@example.in"}
			{"source":"core","sourceId":"A-1","firstName":"Asha","lastName":"Rao","email":" ASHA@Example.in"}
			{"source":"crm","sourceId":"2","firstName":"Vikram","lastName":"Singh","email":"vikram@example.in"}

			{"source":"web","sourceId":"u-9","fullName":"Vikram Singh","email":"Vikram@Example.IN"}
			{"source":"crm","sourceId":"3","firstName":"Meera","lastName":"Iyer","email":"meera(at)example"}
			{"source":"crm","sourceId": oops
			{"source":"crm","firstName":"Nobody"}
			{"source":"crm","sourceId":"4","firstName":"Ravi","lastName":"Kumar","phone":"+91 98450 12345"}
			{"source":"core","sourceId":"A-2","firstName":"Kiran","lastName":"Das","email":"kiran@example.in"}
			{"source":"crm","sourceId":"5, \\"quoted\\"","firstName":"Comma","lastName":"Quote"}
			{"source":"crm","sourceId":"6","firstName":"Lata","lastName":"Menon","email":"lata@example.in"}
			{"eventId":"e-1","type":"page_view","at":"2026-01-01T10:00:00Z","identifiers":{"email":"asha@example.in"}}
			{"eventId":"e-2","type":"page_view","at":"2026-01-01T10:05:00Z","anonymousId":"cookie-1"}
			{"eventId":"e-3","type":"login","at":"2026-01-01T10:06:00Z","anonymousId":"cookie-1","identifiers":{"email":"kiran@example.in"}}
			""";

	/** Records stored from {@link #NDJSON}: every record line but the two rejected ones. */
	static final int STORED_RECORDS = 9;

	static final int EVENTS = 3;

	/** Non-blank lines. */
	static final int LINES = 14;

	static final int KNOWN_CUSTOMERS = 7;

	private PeopleFixture() {
	}

	static Path write(Path dir) throws IOException {
		return Files.writeString(dir.resolve("people.ndjson"), NDJSON);
	}

	static List<CSVRecord> readCsv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
			if (!parser.getHeaderNames().equals(List.of("source", "sourceId", "customerId"))) {
				throw new AssertionError("header is " + parser.getHeaderNames());
			}
			return parser.getRecords();
		}
	}

	static String customerOf(List<CSVRecord> rows, String source, String sourceId) {
		return rows.stream()
			.filter(r -> r.get("source").equals(source) && r.get("sourceId").equals(sourceId))
			.map(r -> r.get("customerId"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + source + "/" + sourceId));
	}

}
