package io.skein.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.skein.demo.DemoBankSink;
import io.skein.demo.DemoJson;
import io.skein.demo.PurposeTruth;
import io.skein.ingest.EventInput;
import io.skein.ingest.RecordInput;

/**
 * A generated bank as the benchmark's input files: {@code records.ndjson} and {@code events.ndjson} in the
 * shape {@code skein generate} writes, and beside each a file with the true person of every line, in line
 * order ({@code record-owners.txt}, {@code event-owners.txt}), which only the ceiling load reads. The
 * generator emits a person's records before their events, so an event belongs to the last person seen.
 */
final class BankFiles implements DemoBankSink, AutoCloseable {

	static final String RECORDS = "records.ndjson";

	static final String EVENTS = "events.ndjson";

	static final String RECORD_OWNERS = "record-owners.txt";

	static final String EVENT_OWNERS = "event-owners.txt";

	private final Writer records;

	private final Writer events;

	private final Writer recordOwners;

	private final Writer eventOwners;

	private String person;

	BankFiles(Path dir) {
		try {
			Files.createDirectories(dir);
			this.records = open(dir.resolve(RECORDS));
			this.events = open(dir.resolve(EVENTS));
			this.recordOwners = open(dir.resolve(RECORD_OWNERS));
			this.eventOwners = open(dir.resolve(EVENT_OWNERS));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void record(String personId, RecordInput record) {
		this.person = personId;
		line(this.records, DemoJson.line(record));
		line(this.recordOwners, personId);
	}

	@Override
	public void event(EventInput event) {
		line(this.events, DemoJson.line(event));
		line(this.eventOwners, this.person);
	}

	@Override
	public void purpose(PurposeTruth truth) {
		// purposes are not part of the benchmark
	}

	@Override
	public void close() {
		try (this.records; this.events; this.recordOwners; this.eventOwners) {
			// closed by try-with-resources
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Writer open(Path file) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
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
