package io.skein.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.skein.demo.DemoBankSink;
import io.skein.demo.DemoJson;
import io.skein.demo.LineFile;
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

	private final LineFile records;

	private final LineFile events;

	private final LineFile recordOwners;

	private final LineFile eventOwners;

	private String person;

	BankFiles(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.records = new LineFile(dir.resolve(RECORDS));
		this.events = new LineFile(dir.resolve(EVENTS));
		this.recordOwners = new LineFile(dir.resolve(RECORD_OWNERS));
		this.eventOwners = new LineFile(dir.resolve(EVENT_OWNERS));
	}

	@Override
	public void record(String personId, RecordInput record) {
		this.person = personId;
		this.records.line(DemoJson.line(record));
		this.recordOwners.line(personId);
	}

	@Override
	public void event(EventInput event) {
		this.events.line(DemoJson.line(event));
		this.eventOwners.line(this.person);
	}

	@Override
	public void purpose(PurposeTruth truth) {
		// purposes are not part of the benchmark
	}

	@Override
	public void close() {
		try (this.records; this.events; this.recordOwners; this.eventOwners) {
			// closed in reverse order by try-with-resources
		}
	}

}
