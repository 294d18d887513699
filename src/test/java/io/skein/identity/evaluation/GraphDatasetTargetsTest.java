package io.skein.identity.evaluation;

import java.util.List;

import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The labelled data sets through the graph: imported by the real ingestion path into an empty store,
 * resolved, and read back as export-clusters writes them. Febrl4 (10,000 records) runs through the graph
 * in the {@code evaluate} command only; here it stays in memory ({@link DatasetTargetsTest}) to keep the
 * suite short.
 */
@SkeinTest
class GraphDatasetTargetsTest {

	@Autowired
	GraphEvaluation evaluation;

	private GraphEvaluation.Outcome evaluate(String mapping, String... files) {
		GraphEvaluation.Outcome outcome = this.evaluation.run(mapping,
				java.util.Arrays.stream(files).map(DatasetTargetsTest.datasets()::resolve).toList());
		System.out.println(mapping + " " + List.of(files) + " through the graph" + System.lineSeparator()
				+ outcome.summary() + outcome.resolution().summary());
		return outcome;
	}

	/**
	 * Through the graph the same engine runs, plus ingestion's deterministic stitching: the figures may
	 * differ from the in-memory ones only within a small margin, and never in over-merging.
	 */
	private static void assertCloseToInMemoryFigures(String key, EvaluationReport report) {
		try {
			DatasetTargetsTest.Figure figure = DatasetTargetsTest.figures().get(key);
			assertThat(report.f1()).as("%s F1 through the graph", key).isCloseTo(figure.f1(), within(0.005));
			assertThat(report.precision()).as("%s precision through the graph", key)
				.isGreaterThanOrEqualTo(figure.precision() - 0.003);
			assertThat(report.overMergedClusters()).as(key).isLessThanOrEqualTo(figure.overMerged() + 2);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void splinkFake1000() {
		GraphEvaluation.Outcome outcome = evaluate("splink_fake_1000", "splink_fake_1000/fake_1000.csv");
		assertThat(outcome.report().records()).isEqualTo(1_000);
		assertCloseToInMemoryFigures("fake_1000/all", outcome.report());
	}

	@Test
	void febrl3() {
		GraphEvaluation.Outcome outcome = evaluate("febrl", "febrl/dataset3.csv");
		assertThat(outcome.report().records()).isEqualTo(5_000);
		assertCloseToInMemoryFigures("Febrl3/all", outcome.report());
		assertThat(outcome.report().pairsCompared()).isLessThan(outcome.report().allPairs() / 100);
	}

}
