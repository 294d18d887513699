package io.skein.identity.matching;

/**
 * Tuning of a resolution. None of it is fitted to labels.
 *
 * @param thresholds band thresholds on the total weight
 * @param maxBlockSize a blocking key shared by more records than this proposes no pairs
 * @param minAverageCrossWeight a merge of two clusters needs at least this average total weight over all
 * pairs across them (see {@link GuardedClusterer}); by default the review threshold: the link proposing
 * the merge must be strong, and the pairs across the two clusters must on average still deserve a look
 * @param maxClusterSize a merge that would pass this size goes to review
 * @param uSampleSize random pairs drawn to estimate u
 * @param emIterations upper bound on expectation-maximisation rounds
 * @param seed seed of the random-pair sample
 */
public record MatchSettings(MatchThresholds thresholds, int maxBlockSize, double minAverageCrossWeight,
		int maxClusterSize, int uSampleSize, int emIterations, long seed) {

	/** 25 records a key at most: pairs per record stay bounded as the population grows (application.yml says more). */
	public static final MatchSettings DEFAULT = new MatchSettings(MatchThresholds.DEFAULT, 25,
			MatchThresholds.DEFAULT.review(), 25, 200_000, 100, 20240917L);

	public MatchSettings withThresholds(MatchThresholds newThresholds, double newMinAverageCrossWeight) {
		return new MatchSettings(newThresholds, this.maxBlockSize, newMinAverageCrossWeight, this.maxClusterSize,
				this.uSampleSize, this.emIterations, this.seed);
	}

}
