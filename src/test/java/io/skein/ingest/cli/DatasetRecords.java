package io.skein.ingest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A public dataset from {@code /work/shared/datasets} (never committed) read through its mapping, as
 * {@code import} reads it: record JSON objects, in file order. Fails, never skips, when the file is missing.
 */
public final class DatasetRecords {

	public static final Path ROOT = Path.of(System.getProperty("skein.datasets", "/work/shared/datasets"));

	private DatasetRecords() {
	}

	public static Path file(String relative) {
		Path file = ROOT.resolve(relative);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(file + " is missing: the public datasets are read from " + ROOT
					+ " (set -Dskein.datasets=DIR)");
		}
		return file;
	}

	public static List<Map<String, Object>> read(Path file, String mapping) {
		List<Map<String, Object>> records = new ArrayList<>();
		try (RecordSource source = RecordSources.open(file, mapping)) {
			RecordSource.Item item;
			while ((item = source.next()) != null) {
				if (!item.isReadable()) {
					throw new IllegalStateException(file + " line " + item.lineNumber() + ": " + item.problem());
				}
				records.add(item.json());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return records;
	}

}
