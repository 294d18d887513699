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
		return run(LabelledRecords.read(mapping, files, FieldSubset.ALL));
	}

	public Outcome run(LabelledRecords labelled) {
		List<MatchRecord> records = new ArrayList<>();
		Map<String, String> truth = new HashMap<>();
		for (io.skein.ingest.RecordInput input : labelled.records()) {
			MatchRecord record = MatchRecord.of(input);
			records.add(record);
			truth.put(record.id(), labelled.truth().get(LabelledRecords.key(input.source(), input.sourceId())));
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
