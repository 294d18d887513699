package io.skein.identity.evaluation;

/**
 * How a clustering compares with the truth.
 *
 * @param records records evaluated
 * @param truePairs pairs of records of the same true entity
 * @param predictedPairs pairs of records put in the same cluster
 * @param correctPairs pairs that are both
 * @param bCubedPrecision average over records of |own cluster ∩ own entity| / |own cluster|
 * @param bCubedRecall average over records of |own cluster ∩ own entity| / |own entity|
 * @param overMergedClusters predicted clusters holding records of more than one true entity
 * @param pairsCompared candidate pairs blocking proposed (0 when unknown)
 * @param allPairs n(n-1)/2
 */
public record EvaluationReport(int records, long truePairs, long predictedPairs, long correctPairs,
		double bCubedPrecision, double bCubedRecall, int overMergedClusters, long pairsCompared, long allPairs) {

	public double precision() {
		return this.predictedPairs == 0 ? 1 : (double) this.correctPairs / this.predictedPairs;
	}

	public double recall() {
		return this.truePairs == 0 ? 1 : (double) this.correctPairs / this.truePairs;
	}

	public double f1() {
		return harmonicMean(precision(), recall());
	}

	public double bCubedF1() {
		return harmonicMean(this.bCubedPrecision, this.bCubedRecall);
	}

	public EvaluationReport withPairs(long compared, long all) {
		return new EvaluationReport(this.records, this.truePairs, this.predictedPairs, this.correctPairs,
				this.bCubedPrecision, this.bCubedRecall, this.overMergedClusters, compared, all);
	}

	private static double harmonicMean(double a, double b) {
		return a + b == 0 ? 0 : 2 * a * b / (a + b);
	}

	/** The figures, one a line. */
	public String summary() {
		return String.format("records            %d%n" + "pairwise precision %.4f  (%d of %d predicted pairs)%n"
				+ "pairwise recall    %.4f  (%d of %d true pairs)%n" + "pairwise F1        %.4f%n"
				+ "B-cubed P / R / F1 %.4f / %.4f / %.4f%n" + "over-merged        %d clusters%n"
				+ "pairs compared     %d of %d (%.4f%% of all pairs)%n", this.records, precision(), this.correctPairs,
				this.predictedPairs, recall(), this.correctPairs, this.truePairs, f1(), this.bCubedPrecision,
				this.bCubedRecall, bCubedF1(), this.overMergedClusters, this.pairsCompared, this.allPairs,
				this.allPairs == 0 ? 0 : 100.0 * this.pairsCompared / this.allPairs);
	}

}
