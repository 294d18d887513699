package io.skein.ingest.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * One input file as a sequence of JSON objects, each with the line it was read at, or the reason that
 * line could not be read. NDJSON is {@link NdjsonSource}; mapped CSV plugs in through
 * {@link RecordSources#open}. A source reads lazily, so a file of any size costs one line of memory.
 */
public interface RecordSource extends Closeable {

	/** The next item, or {@code null} at the end of the input. Blank lines are never items. */
	Item next() throws IOException;

	/** Bytes of the input behind the items handed out so far, for progress; at the end, the input's size. */
	long bytesRead();

	/** One line of input: its JSON object, or the reason it is not one. */
	record Item(long lineNumber, Map<String, Object> json, String problem) {

		public static Item of(long lineNumber, Map<String, Object> json) {
			return new Item(lineNumber, json, null);
		}

		public static Item unreadable(long lineNumber, String problem) {
			return new Item(lineNumber, null, problem);
		}

		public boolean isReadable() {
			return this.json != null;
		}

		/** A line with an {@code eventId} is an event; every other object is a record. */
		public boolean isEvent() {
			return this.json != null && this.json.containsKey("eventId");
		}

	}

}
