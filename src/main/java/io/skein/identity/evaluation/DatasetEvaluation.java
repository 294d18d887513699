package io.skein.identity.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.identity.matching.MatchRecord;
import io.skein.identity.matching.MatchingEngine;
import io.skein.identity.matching.Resolution;
import io.skein.ingest.csv.CsvMapping;
import io.skein.ingest.csv.MappedCsvReader;
import io.skein.ingest.csv.MappedRow;

/**
 * Reads labelled CSV files through a mapping, resolves all their records together as one deduplication
 * set (truth is never shown to the engine), and scores the clusters against the mapping's truth.
 */
public final class DatasetEvaluation {

	private final MatchingEngine engine;

	public DatasetEvaluation(MatchingEngine engine) {
		this.engine = engine;
	}

	public Outcome run(CsvMapping mapping, List<Path> files) {
		if (mapping.truth() == null) {
			throw new IllegalArgumentException("Mapping for " + mapping.source() + " has no truth spec");
		}
		List<MatchRecord> records = new ArrayList<>();
		Map<String, String> truth = new HashMap<>();
		for (MappedRow row : MappedCsvReader.readAll(mapping, files)) {
			MatchRecord record = MatchRecord.of(row.record());
			if (row.trueEntity() == null) {
				throw new IllegalArgumentException("No true entity on line " + row.lineNumber());
			}
			records.add(record);
			truth.put(record.id(), row.trueEntity());
		}
		Resolution resolution = this.engine.resolve(records);
		EvaluationReport report = ClusterMetrics.evaluate(resolution.clustering().clusters(), truth,
				resolution.candidates().pairsCompared());
		return new Outcome(report, resolution, truth);
	}

	/** The figures plus what produced them, for digging into errors. */
	public record Outcome(EvaluationReport report, Resolution resolution, Map<String, String> truth) {
	}

}
