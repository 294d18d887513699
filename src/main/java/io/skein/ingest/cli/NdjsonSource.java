package io.skein.ingest.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.skein.ingest.Json;

/**
 * NDJSON: one JSON object per line, numbered from 1 as an editor shows them. Blank lines are skipped
 * (they keep their numbers); a UTF-8 byte-order mark is ignored; a line that is not one JSON object
 * becomes an unreadable item with the reason, so the lines around it still import.
 */
final class NdjsonSource implements RecordSource {

	static final int MAX_REASON = 200;

	private final CountingInputStream counter;

	private final BufferedReader reader;

	private long lineNumber;

	/** Bytes of the lines handed out so far; the reader's buffer runs ahead of them. */
	private long consumed;

	private boolean ended;

	NdjsonSource(InputStream in) {
		this.counter = new CountingInputStream(in);
		this.reader = new BufferedReader(new InputStreamReader(this.counter, StandardCharsets.UTF_8), 1 << 16);
	}

	static NdjsonSource open(Path file) throws IOException {
		return new NdjsonSource(Files.newInputStream(file));
	}

	@Override
	public Item next() throws IOException {
		String line;
		while ((line = this.reader.readLine()) != null) {
			this.lineNumber++;
			this.consumed += utf8Length(line) + 1;
			if (this.lineNumber == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank()) {
				continue;
			}
			return parse(this.lineNumber, line);
		}
		this.ended = true;
		return null;
	}

	/** UTF-8 size of a line without decoding it again: progress must not cost a second pass. */
	static long utf8Length(String line) {
		long bytes = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c < 0x80) {
				bytes += 1;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isSurrogate(c)) {
				bytes += 2;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

	static Item parse(long lineNumber, String line) {
		if (line.strip().equals("null")) {
			return Item.unreadable(lineNumber, "expected a JSON object, got null");
		}
		try {
			return Item.of(lineNumber, Json.parseObject(line));
		}
		catch (IllegalArgumentException ex) {
			return Item.unreadable(lineNumber, oneLine(ex.getMessage()));
		}
	}

	/** Parser messages can span lines and quote the whole input: one short line is what a summary needs. */
	static String oneLine(String message) {
		String flat = message == null ? "not valid JSON" : message.replaceAll("\\s+", " ").strip();
		return flat.length() <= MAX_REASON ? flat : flat.substring(0, MAX_REASON - 3) + "...";
	}

	@Override
	public long bytesRead() {
		return this.ended ? this.counter.count : Math.min(this.consumed, this.counter.count);
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
