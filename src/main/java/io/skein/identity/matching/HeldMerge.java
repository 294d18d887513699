package io.skein.identity.matching;

/**
 * A link the clusterer did not follow, because following it would have merged two clusters the guard
 * does not trust together; it goes to review instead.
 *
 * @param edge the linking pair that proposed the merge
 * @param reason which guard stopped it
 * @param crossLinkAverage average total weight over every pair across the two clusters
 * @param mergedSize size the merged cluster would have had
 */
public record HeldMerge(ScoredPair edge, Reason reason, double crossLinkAverage, int mergedSize) {

	public enum Reason {

		/** The clusters agree through this link but not on average: a weak bridge. */
		WEAK_BRIDGE,
		/** The merged cluster would exceed the size limit. */
		TOO_LARGE,
		/** A steward banned the two sides from linking (a ban, or a split): never reviewed again. */
		BANNED,
		/** The merged cluster would hold two different national ids: review, never automatic. */
		NATIONAL_IDS

	}

}
