package io.skein.identity.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.Json;
import io.skein.ingest.RecordInput;
import io.skein.ingest.csv.CsvMapping;
import io.skein.ingest.csv.MappedCsvReader;
import io.skein.ingest.csv.MappedRow;

/**
 * Records with their true entities, keyed {@code source \u001f sourceId} like the clusters read back from
 * {@code export-clusters}. Can be written as the NDJSON record contract and a {@code source,sourceId,personId}
 * truth file, which is what the fixed-weight baseline script and its scorer read.
 */
public record LabelledRecords(List<RecordInput> records, Map<String, String> truth) {

	public static LabelledRecords read(CsvMapping mapping, List<Path> files, FieldSubset subset) {
		if (mapping.truth() == null) {
			throw new IllegalArgumentException("Mapping for " + mapping.source() + " has no truth spec");
		}
		List<RecordInput> records = new ArrayList<>();
		Map<String, String> truth = new LinkedHashMap<>();
		for (MappedRow row : MappedCsvReader.readAll(mapping, files)) {
			if (row.trueEntity() == null) {
				throw new IllegalArgumentException("No true entity on line " + row.lineNumber());
			}
			RecordInput record = subset.apply(row.record());
			records.add(record);
			truth.put(key(record.source(), record.sourceId()), row.trueEntity());
		}
		return new LabelledRecords(List.copyOf(records), truth);
	}

	public static String key(String source, String sourceId) {
		return source + "\u001f" + sourceId;
	}

	/** Writes {@code records.ndjson} and {@code truth.csv} into {@code folder}. */
	public void write(Path folder) {
		try {
			Files.createDirectories(folder);
			try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("records.ndjson"), StandardCharsets.UTF_8)) {
				for (RecordInput record : this.records) {
					out.write(Json.write(record));
					out.newLine();
				}
			}
			try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("truth.csv"), StandardCharsets.UTF_8)) {
				out.write("source,sourceId,personId");
				out.newLine();
				for (RecordInput record : this.records) {
					out.write(String.join(",", record.source(), record.sourceId(),
							this.truth.get(key(record.source(), record.sourceId()))));
					out.newLine();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
