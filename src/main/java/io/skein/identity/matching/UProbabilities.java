package io.skein.identity.matching;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates u = P(level | different people) from random pairs: nearly every random pair is two different
 * people, so no labels are needed. All pairs are used when there are no more than {@code sampleSize}.
 * Records are sorted by id and the generator seeded, so the estimate does not depend on input order.
 */
public final class UProbabilities {

	private final int sampleSize;

	private final long seed;

	public UProbabilities(int sampleSize, long seed) {
		this.sampleSize = sampleSize;
		this.seed = seed;
	}

	/** u per comparator and level, Laplace-smoothed so no level has probability 0. */
	public double[][] estimate(List<MatchRecord> records, Comparators comparators) {
		List<MatchRecord> sorted = records.stream().sorted(Comparator.comparing(MatchRecord::id)).toList();
		LevelCounts counts = new LevelCounts(comparators);
		long n = sorted.size();
		if (n * (n - 1) / 2 <= this.sampleSize) {
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					counts.add(comparators.compare(sorted.get(i), sorted.get(j)), 1);
				}
			}
		}
		else {
			SplittableRandom random = new SplittableRandom(this.seed);
			for (int s = 0; s < this.sampleSize; s++) {
				int i = random.nextInt((int) n);
				int j = random.nextInt((int) n - 1);
				counts.add(comparators.compare(sorted.get(i), sorted.get(j >= i ? j + 1 : j)), 1);
			}
		}
		return counts.probabilities(1.0);
	}

}
