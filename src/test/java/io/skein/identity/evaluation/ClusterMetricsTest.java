package io.skein.identity.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ClusterMetricsTest {

	// true entities: {a, b, c} and {d, e}; predicted: {a, b}, {c, d}, {e}
	private final Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");

	private final EvaluationReport report = ClusterMetrics
		.evaluate(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")), truth, 7);

	@Test
	void pairwise() {
		assertThat(report.truePairs()).isEqualTo(4);
		assertThat(report.predictedPairs()).isEqualTo(2);
		assertThat(report.correctPairs()).isEqualTo(1);
		assertThat(report.precision()).isEqualTo(0.5);
		assertThat(report.recall()).isEqualTo(0.25);
		assertThat(report.f1()).isCloseTo(1.0 / 3, within(1e-12));
	}

	@Test
	void bCubed() {
		// precision per record: a 1, b 1, c 1/2, d 1/2, e 1; recall: a 2/3, b 2/3, c 1/3, d 1/2, e 1/2
		assertThat(report.bCubedPrecision()).isCloseTo(0.8, within(1e-12));
		assertThat(report.bCubedRecall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 0.5 + 0.5) / 5, within(1e-12));
		double p = 0.8;
		double r = report.bCubedRecall();
		assertThat(report.bCubedF1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
	}

	@Test
	void overMergedAndPairCounts() {
		assertThat(report.overMergedClusters()).isEqualTo(1);
		assertThat(report.pairsCompared()).isEqualTo(7);
		assertThat(report.allPairs()).isEqualTo(10);
		assertThat(report.summary()).contains("pairwise F1", "B-cubed", "over-merged", "7 of 10");
	}

	@Test
	void perfectClustering() {
		EvaluationReport perfect = ClusterMetrics.evaluate(List.of(List.of("a", "b", "c"), List.of("d", "e")), truth);
		assertThat(perfect.f1()).isEqualTo(1.0);
		assertThat(perfect.bCubedF1()).isEqualTo(1.0);
		assertThat(perfect.overMergedClusters()).isZero();
	}

	@Test
	void everyRecordMustBeClustered() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterMetrics.evaluate(List.of(List.of("a", "b", "c")), truth));
	}

}
