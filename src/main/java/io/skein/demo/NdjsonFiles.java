package io.skein.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.skein.ingest.EventInput;
import io.skein.ingest.RecordInput;

/**
 * Writes a generated bank as files: {@code records.ndjson}, {@code events.ndjson} (one JSON object a
 * line) and {@code truth/people.csv}, {@code truth/purposes.csv}; every line ends in {@code \n}.
 */
final class NdjsonFiles implements DemoBankSink, AutoCloseable {

	static final String RECORDS = "records.ndjson";

	static final String EVENTS = "events.ndjson";

	static final String PEOPLE = "truth/people.csv";

	static final String PURPOSES = "truth/purposes.csv";

	private final Path dir;

	private final Writer records;

	private final Writer events;

	private final Writer people;

	private final Writer purposes;

	NdjsonFiles(Path dir) {
		this.dir = dir;
		try {
			Files.createDirectories(dir.resolve("truth"));
			this.records = open(RECORDS);
			this.events = open(EVENTS);
			this.people = open(PEOPLE);
			this.purposes = open(PURPOSES);
			this.people.write("personId,source,sourceId\n");
			this.purposes.write("personId,purposeType,stage,evidenceEventIds\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Path> files() {
		return List.of(this.dir.resolve(RECORDS), this.dir.resolve(EVENTS), this.dir.resolve(PEOPLE),
				this.dir.resolve(PURPOSES));
	}

	@Override
	public void record(String personId, RecordInput record) {
		line(this.records, DemoJson.MAPPER.writeValueAsString(record));
		line(this.people, personId + "," + record.source() + "," + record.sourceId());
	}

	@Override
	public void event(EventInput event) {
		line(this.events, DemoJson.MAPPER.writeValueAsString(event));
	}

	@Override
	public void purpose(PurposeTruth truth) {
		line(this.purposes, truth.personId() + "," + truth.purposeType() + "," + truth.stage() + ","
				+ String.join(";", truth.evidenceEventIds()));
	}

	@Override
	public void close() {
		try (this.records; this.events; this.people; this.purposes) {
			// closed in reverse order by try-with-resources
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Writer open(String name) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(this.dir.resolve(name), StandardCharsets.UTF_8), 1 << 16);
	}

	private static void line(Writer writer, String text) {
		try {
			writer.write(text);
			writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
