package io.skein.identity.matching;

import java.util.List;

/**
 * The outcome of resolving a set of records.
 *
 * @param model the model trained on them
 * @param candidates what blocking proposed (pairs compared versus all pairs)
 * @param scoredPairs every candidate pair with its explanation, in id order
 * @param clustering the guarded clusters and the merges held for review
 */
public record Resolution(MatchModel model, Candidates candidates, List<ScoredPair> scoredPairs,
		Clustering clustering) {

	/** Pairs a person should look at: REVIEW-band pairs, then links the guard refused. */
	public List<ScoredPair> reviewQueue() {
		return java.util.stream.Stream
			.concat(this.scoredPairs.stream().filter(p -> p.band() == Band.REVIEW),
					this.clustering.heldForReview()
						.stream()
						.filter(h -> h.reason() != HeldMerge.Reason.BANNED)
						.map(HeldMerge::edge))
			.toList();
	}

}
