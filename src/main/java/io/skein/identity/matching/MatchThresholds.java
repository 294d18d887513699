package io.skein.identity.matching;

/**
 * Band thresholds on a pair's total match weight (log2 posterior odds, prior included): at or above
 * {@code link} a pair is {@link Band#LINK}, at or above {@code review} it is {@link Band#REVIEW}, else
 * {@link Band#NONE}. A weight of 0 means even odds; each +1 doubles the odds of a match.
 */
public record MatchThresholds(double link, double review) {

	/** Link from posterior odds 2:1 (p = 0.67), review from 1:16 (p = 0.06). */
	public static final MatchThresholds DEFAULT = new MatchThresholds(1.0, -4.0);

	public MatchThresholds {
		if (review > link) {
			throw new IllegalArgumentException("review threshold " + review + " is above link threshold " + link);
		}
	}

	public Band band(double totalWeight) {
		if (totalWeight >= this.link) {
			return Band.LINK;
		}
		return totalWeight >= this.review ? Band.REVIEW : Band.NONE;
	}

}
