package io.skein.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
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

	private final LineFile records;

	private final LineFile events;

	private final LineFile people;

	private final LineFile purposes;

	NdjsonFiles(Path dir) {
		this.dir = dir;
		try {
			Files.createDirectories(dir.resolve("truth"));
			this.records = open(RECORDS);
			this.events = open(EVENTS);
			this.people = open(PEOPLE);
			this.purposes = open(PURPOSES);
			this.people.line("personId,source,sourceId");
			this.purposes.line("personId,purposeType,stage,evidenceEventIds");
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
		this.records.line(DemoJson.MAPPER.writeValueAsString(record));
		this.people.line(personId + "," + record.source() + "," + record.sourceId());
	}

	@Override
	public void event(EventInput event) {
		this.events.line(DemoJson.MAPPER.writeValueAsString(event));
	}

	@Override
	public void purpose(PurposeTruth truth) {
		this.purposes.line(truth.personId() + "," + truth.purposeType() + "," + truth.stage() + ","
				+ String.join(";", truth.evidenceEventIds()));
	}

	@Override
	public void close() {
		try (this.records; this.events; this.people; this.purposes) {
			// closed in reverse order by try-with-resources
		}
	}

	private LineFile open(String name) {
		return new LineFile(this.dir.resolve(name));
	}

}
