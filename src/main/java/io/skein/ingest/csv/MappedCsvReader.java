package io.skein.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.skein.ingest.RecordInput;

/**
 * Reads a CSV file through a {@link CsvMapping}, one {@link MappedRow} per data row, in file order. Values
 * are strings as written (blank becomes null); only date fields with a format are rewritten to ISO.
 */
public final class MappedCsvReader implements Iterable<MappedRow>, AutoCloseable {

	private final CsvMapping mapping;

	private final CSVParser parser;

	private final RowMapper rowMapper;

	private final Pattern truthPattern;

	private MappedCsvReader(CsvMapping mapping, Reader reader, String source) throws IOException {
		this.mapping = mapping;
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(mapping.csv().delimiter())
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(mapping.csv().trimValues())
			.setIgnoreEmptyLines(true)
			.get();
		this.parser = CSVParser.parse(reader, format);
		this.rowMapper = new RowMapper(mapping, source);
		this.truthPattern = mapping.truth() == null || mapping.truth().pattern() == null ? null
				: Pattern.compile(mapping.truth().pattern());
	}

	public static MappedCsvReader open(CsvMapping mapping, Path file) {
		try {
			Charset charset = Charset.forName(mapping.csv().encoding());
			return new MappedCsvReader(mapping, Files.newBufferedReader(file, charset), mapping.sourceOf(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open " + file, ex);
		}
	}

	public static MappedCsvReader open(CsvMapping mapping, Reader reader) {
		try {
			return new MappedCsvReader(mapping, reader, mapping.sourceOf(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read CSV header", ex);
		}
	}

	/** Every row of every file, files in the order given. */
	public static List<MappedRow> readAll(CsvMapping mapping, List<Path> files) {
		List<MappedRow> rows = new ArrayList<>();
		for (Path file : files) {
			try (MappedCsvReader reader = open(mapping, file)) {
				reader.forEach(rows::add);
			}
		}
		return rows;
	}

	@Override
	public Iterator<MappedRow> iterator() {
		Iterator<CSVRecord> records = this.parser.iterator();
		return new Iterator<>() {

			// header is line 1; a row starts on the line after the one the previous row ended on
			private long nextLine = MappedCsvReader.this.parser.getCurrentLineNumber() + 1;

			@Override
			public boolean hasNext() {
				return records.hasNext();
			}

			@Override
			public MappedRow next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				CSVRecord csvRecord = records.next();
				long line = this.nextLine;
				this.nextLine = MappedCsvReader.this.parser.getCurrentLineNumber() + 1;
				Map<String, String> values = csvRecord.toMap();
				return new MappedRow(line, MappedCsvReader.this.rowMapper.toRecord(values), trueEntity(values));
			}

		};
	}

	private String trueEntity(Map<String, String> values) {
		if (this.mapping.truth() == null) {
			return null;
		}
		String value = RowMapper.blankToNull(values.get(this.mapping.truth().column()));
		if (value == null || this.truthPattern == null) {
			return value;
		}
		Matcher matcher = this.truthPattern.matcher(value);
		return matcher.find() ? (matcher.groupCount() > 0 ? matcher.group(1) : matcher.group()) : null;
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
