package io.skein.identity.matching;

import java.util.List;

/**
 * Candidate pairs found by blocking, in id order.
 *
 * @param pairs every distinct pair sharing at least one usable blocking key
 * @param allPairs n(n-1)/2: what comparing everything with everything would cost
 * @param skippedKeys keys shared by more than the block-size limit, left out as too common to discriminate
 */
public record Candidates(List<RecordPair> pairs, long allPairs, int skippedKeys) {

	public long pairsCompared() {
		return this.pairs.size();
	}

	/** Share of all pairs that blocking avoided comparing. */
	public double reductionRatio() {
		return this.allPairs == 0 ? 0 : 1 - (double) pairsCompared() / this.allPairs;
	}

}
