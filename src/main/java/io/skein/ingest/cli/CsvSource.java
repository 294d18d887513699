package io.skein.ingest.cli;

import java.io.IOException;
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

	private final CountingInputStream counted;

	private final MappedCsvReader reader;

	private final Iterator<MappedRow> rows;

	CsvSource(Path file, CsvMapping mapping) throws IOException {
		this.counted = new CountingInputStream(Files.newInputStream(file));
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

}
