package io.skein.identity.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.skein.identity.matching.MatchingEngine;
import io.skein.ingest.csv.CsvMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared labelled data sets, resolved with default settings and no labels; truth only scores the
 * result. The data must be present (../shared/datasets, else /work/shared/datasets): absent data fails.
 */
class DatasetTargetsTest {

	static Path datasets() {
		for (Path candidate : List.of(Path.of("../shared/datasets"), Path.of("/work/shared/datasets"))) {
			if (Files.isDirectory(candidate.resolve("febrl"))) {
				return candidate;
			}
		}
		throw new AssertionError("Shared datasets not found at ../shared/datasets or /work/shared/datasets");
	}

	private static EvaluationReport evaluate(String mapping, String... files) {
		List<Path> paths = java.util.Arrays.stream(files).map(datasets()::resolve).toList();
		EvaluationReport report = new DatasetEvaluation(MatchingEngine.standard())
			.run(CsvMapping.named(mapping), paths)
			.report();
		System.out.println(mapping + " " + List.of(files) + System.lineSeparator() + report.summary());
		return report;
	}

	@Test
	void febrl4LinkedAsOneSet() {
		EvaluationReport report = evaluate("febrl", "febrl/dataset4a.csv", "febrl/dataset4b.csv");
		assertThat(report.records()).isEqualTo(10_000);
		assertThat(report.f1()).isGreaterThanOrEqualTo(0.999);
		assertThat(report.pairsCompared()).isLessThan(report.allPairs() / 100);
	}

	@Test
	void febrl3() {
		EvaluationReport report = evaluate("febrl", "febrl/dataset3.csv");
		assertThat(report.f1()).isGreaterThanOrEqualTo(0.997);
	}

	@Test
	void splinkFake1000() {
		EvaluationReport report = evaluate("splink_fake_1000", "splink_fake_1000/fake_1000.csv");
		assertThat(report.records()).isEqualTo(1_000);
		assertThat(report.f1()).isGreaterThanOrEqualTo(0.95);
	}

}
