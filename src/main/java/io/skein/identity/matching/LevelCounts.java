package io.skein.identity.matching;

/** Weighted counts of comparison levels per comparator, turned into smoothed probabilities. */
final class LevelCounts {

	private final double[][] counts;

	LevelCounts(Comparators comparators) {
		this.counts = new double[comparators.size()][];
		for (int c = 0; c < comparators.size(); c++) {
			this.counts[c] = new double[comparators.get(c).levels().size()];
		}
	}

	void add(int[] levels, double weight) {
		for (int c = 0; c < levels.length; c++) {
			if (levels[c] != AttributeComparator.MISSING) {
				this.counts[c][levels[c]] += weight;
			}
		}
	}

	void addAll(LevelCounts other) {
		for (int c = 0; c < this.counts.length; c++) {
			for (int l = 0; l < this.counts[c].length; l++) {
				this.counts[c][l] += other.counts[c][l];
			}
		}
	}

	/**
	 * Maximum a posteriori probabilities: each level's count plus {@code strength} pseudo-counts spread as
	 * {@code prior} says, normalised.
	 */
	double[][] posterior(double[][] prior, double strength) {
		double[][] out = new double[this.counts.length][];
		for (int c = 0; c < this.counts.length; c++) {
			double total = strength;
			for (double count : this.counts[c]) {
				total += count;
			}
			out[c] = new double[this.counts[c].length];
			for (int l = 0; l < out[c].length; l++) {
				out[c][l] = (this.counts[c][l] + strength * prior[c][l]) / total;
			}
		}
		return out;
	}

	/** Each comparator's counts plus {@code pseudoCount} per level, normalised to sum 1. */
	double[][] probabilities(double pseudoCount) {
		double[][] out = new double[this.counts.length][];
		for (int c = 0; c < this.counts.length; c++) {
			double total = 0;
			for (double count : this.counts[c]) {
				total += count + pseudoCount;
			}
			out[c] = new double[this.counts[c].length];
			for (int l = 0; l < out[c].length; l++) {
				out[c][l] = (this.counts[c][l] + pseudoCount) / total;
			}
		}
		return out;
	}

}
