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
		int n = sorted.size();
		long[] pairs = ((long) n * (n - 1) / 2 <= this.sampleSize) ? allPairs(n) : randomPairs(n);
		// counts are whole numbers, so summing them in parallel gives the same result in any order
		LevelCounts counts = java.util.Arrays.stream(pairs)
			.parallel()
			.collect(() -> new LevelCounts(comparators), (acc, code) -> acc
				.add(comparators.compare(sorted.get((int) (code / n)), sorted.get((int) (code % n))), 1),
					LevelCounts::addAll);
		return counts.probabilities(1.0);
	}

	private static long[] allPairs(int n) {
		long[] pairs = new long[n * (n - 1) / 2];
		int k = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				pairs[k++] = (long) i * n + j;
			}
		}
		return pairs;
	}

	private long[] randomPairs(int n) {
		SplittableRandom random = new SplittableRandom(this.seed);
		long[] pairs = new long[this.sampleSize];
		for (int s = 0; s < pairs.length; s++) {
			int i = random.nextInt(n);
			int j = random.nextInt(n - 1);
			pairs[s] = (long) i * n + (j >= i ? j + 1 : j);
		}
		return pairs;
	}

}
