package io.skein.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.skein.demo.DemoBankSink;
import io.skein.demo.PurposeTruth;
import io.skein.ingest.EventInput;
import io.skein.ingest.EventInput.Identifiers;
import io.skein.ingest.RecordInput;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

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

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(Include.NON_EMPTY))
		.addMixIn(EventInput.class, EventInputMixin.class)
		.build();

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
		line(this.records, MAPPER.writeValueAsString(record));
		line(this.recordOwners, personId);
	}

	@Override
	public void event(EventInput event) {
		line(this.events, MAPPER.writeValueAsString(event));
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

	/** Leaves {@code identifiers} out when it knows nothing, as {@code skein generate} does. */
	abstract static class EventInputMixin {

		@JsonInclude(value = Include.CUSTOM, valueFilter = NoIdentifiers.class)
		abstract Identifiers identifiers();

	}

	/** Jackson's custom inclusion filter: {@code equals} answers "leave it out". */
	static final class NoIdentifiers {

		@Override
		public boolean equals(Object value) {
			return value instanceof Identifiers ids && ids.email() == null && ids.phone() == null
					&& ids.accountNumber() == null && ids.customerId() == null && ids.source() == null
					&& ids.sourceId() == null;
		}

		@Override
		public int hashCode() {
			return 0;
		}

	}

}
