package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.skein.ingest.csv.CsvMapping;

/**
 * Picks the reader for each input file by its extension: {@code .ndjson}, {@code .jsonl} and
 * {@code .json} are NDJSON; {@code .csv} needs a mapping. Every file is checked before the first line
 * is ingested, so a typo in the last file name does not leave a half-done import.
 */
final class RecordSources {


	enum Format {

		NDJSON, CSV;

		static Format of(Path file) {
			String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json")) {
				return NDJSON;
			}
			if (name.endsWith(".csv")) {
				return CSV;
			}
			throw new ImportFailedException(file + ": unknown file type; use .ndjson, .jsonl or .json for NDJSON,"
					+ " or .csv with --mapping");
		}

	}

	private RecordSources() {
	}

	/** Fails, naming the file, unless every file exists, is readable and has a reader. */
	static void check(List<Path> files, String mapping) {
		for (Path file : files) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new ImportFailedException(file + ": " + (Files.exists(file) ? "not a readable file" : "no such file"));
			}
			Format format = Format.of(file);
			if (format == Format.CSV && mapping == null) {
				throw new ImportFailedException(file + ": a CSV file needs --mapping NAME|PATH");
			}
		}
		if (mapping != null) {
			try {
				CsvMapping.named(mapping);
			}
			catch (RuntimeException ex) {
				throw new ImportFailedException("--mapping " + mapping + ": " + ex.getMessage(), ex);
			}
		}
	}

	static RecordSource open(Path file, String mapping) throws IOException {
		switch (Format.of(file)) {
			case NDJSON:
				return NdjsonSource.open(file);
			case CSV:
				return new CsvSource(file, CsvMapping.named(mapping));
			default:
				throw new IllegalStateException("no reader for " + file);
		}
	}

}
