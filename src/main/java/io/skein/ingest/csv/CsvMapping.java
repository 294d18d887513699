package io.skein.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the columns of one CSV layout become {@link io.skein.ingest.RecordInput} fields. See the package
 * documentation for the JSON format; {@link #named(String)} loads {@code classpath:mappings/NAME.json}.
 *
 * @param source the constant source-system name every row gets
 * @param sourceId the column holding the row's id in that source
 * @param fields target field ({@code firstName}, {@code address.line1}, {@code attributes.x}, ...) to the
 * columns joined, in order and with a space, to fill it
 * @param dateFormats target field to the {@link java.time.format.DateTimeFormatter} pattern its value is
 * written in; values that parse are turned into ISO {@code yyyy-MM-dd}, others are kept as received
 * @param csv how the file is written
 * @param truth where the true entity of a row can be read, for evaluation; may be null
 * @param nullValues cell values that mean "missing" besides a blank cell (e.g. {@code NA})
 * @param values target field to a table of coded values and what they stand for (e.g. sex {@code 1} to
 * {@code M}); a value not in the table is kept as received
 */
public record CsvMapping(String source, String sourceId, Map<String, List<String>> fields,
		Map<String, String> dateFormats, CsvOptions csv, TruthSpec truth, List<String> nullValues,
		Map<String, Map<String, String>> values) {

	/** Replaced in {@code source} by the file's name without its extension, for files that share ids. */
	public static final String FILE_PLACEHOLDER = "{file}";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public CsvMapping {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(sourceId, "sourceId");
		fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
		dateFormats = dateFormats == null ? Map.of() : Map.copyOf(dateFormats);
		csv = csv == null ? CsvOptions.DEFAULT : csv;
		nullValues = nullValues == null ? List.of() : List.copyOf(nullValues);
		values = values == null ? Map.of() : Map.copyOf(values);
		fields.keySet().forEach(MappedField::check);
		values.keySet().forEach(MappedField::check);
	}

	public CsvMapping(String source, String sourceId, Map<String, List<String>> fields,
			Map<String, String> dateFormats, CsvOptions csv, TruthSpec truth) {
		this(source, sourceId, fields, dateFormats, csv, truth, null, null);
	}

	/** The source name of the rows of {@code file}: {@link #FILE_PLACEHOLDER} filled in. */
	public String sourceOf(java.nio.file.Path file) {
		if (!this.source.contains(FILE_PLACEHOLDER)) {
			return this.source;
		}
		String name = file == null ? "input" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return this.source.replace(FILE_PLACEHOLDER, dot > 0 ? name.substring(0, dot) : name);
	}

	/** Options of the CSV dialect; every value is read as a string so leading zeros survive. */
	public record CsvOptions(Character delimiter, Boolean trimValues, String encoding) {

		static final CsvOptions DEFAULT = new CsvOptions(',', true, "UTF-8");

		public CsvOptions {
			delimiter = delimiter == null ? ',' : delimiter;
			trimValues = trimValues == null || trimValues;
			encoding = encoding == null ? "UTF-8" : encoding;
		}

	}

	/** The true entity of a row: the value of {@code column}, or its first group of {@code pattern}. */
	public record TruthSpec(String column, String pattern) {

		public TruthSpec {
			Objects.requireNonNull(column, "truth.column");
		}

	}

	public static CsvMapping load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return JSON.readValue(in, CsvMapping.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read mapping " + file, ex);
		}
	}

	/** A mapping shipped in {@code classpath:mappings/}, or a JSON file when {@code nameOrPath} is one. */
	public static CsvMapping named(String nameOrPath) {
		Path asFile = Path.of(nameOrPath);
		if (nameOrPath.endsWith(".json") && Files.isRegularFile(asFile)) {
			return load(asFile);
		}
		String resource = "mappings/" + nameOrPath + ".json";
		try (InputStream in = CsvMapping.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No mapping named " + nameOrPath + " (looked for " + resource + ")");
			}
			return JSON.readValue(in, CsvMapping.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read mapping " + resource, ex);
		}
	}

}
