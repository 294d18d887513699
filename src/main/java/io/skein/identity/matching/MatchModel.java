package io.skein.identity.matching;

import java.util.List;

/**
 * A trained Fellegi-Sunter model: the prior probability that two random records match, and the m/u
 * probabilities of every attribute level, in the order of the {@link Comparators} it was trained with.
 */
public record MatchModel(double priorMatchProbability, List<AttributeWeights> attributes) {

	public MatchModel {
		attributes = List.copyOf(attributes);
	}

	/** log2 prior odds: the score of a candidate pair before any evidence. */
	public double priorWeight() {
		return AttributeWeights.log2(this.priorMatchProbability / (1 - this.priorMatchProbability));
	}

	public AttributeWeights attribute(int index) {
		return this.attributes.get(index);
	}

}
