package io.skein.ingest.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import io.skein.ingest.RecordInputJson;
import io.skein.ingest.csv.CsvMapping;
import io.skein.ingest.csv.MappedCsvReader;
import io.skein.ingest.csv.MappedRow;

/** A CSV file read through a column mapping: each data row is one record, numbered by its first line. */
final class CsvSource implements RecordSource {

	private final CountingStream counted;

	private final MappedCsvReader reader;

	private final Iterator<MappedRow> rows;

	CsvSource(Path file, CsvMapping mapping) throws IOException {
		this.counted = new CountingStream(Files.newInputStream(file));
		this.reader = MappedCsvReader.open(mapping,
				new InputStreamReader(this.counted, Charset.forName(mapping.csv().encoding())));
		this.rows = this.reader.iterator();
	}

	@Override
	public Item next() throws IOException {
		try {
			if (!this.rows.hasNext()) {
				return null;
			}
			MappedRow row = this.rows.next();
			return Item.of(row.lineNumber(), RecordInputJson.toJson(row.record()));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw new IOException("malformed CSV: " + ex.getMessage(), ex);
		}
	}

	@Override
	public long bytesRead() {
		return this.counted.count;
	}

	@Override
	public void close() {
		this.reader.close();
	}

	/** Counts the bytes the CSV parser has pulled, for the progress bar. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
