package io.skein.identity.matching;

import java.util.List;

/**
 * A compared pair with its explanation: the band, the prior, and each attribute's level and weight. The
 * total is the prior plus the weights, so the lines answer "why linked" and "why not linked".
 */
public record ScoredPair(RecordPair pair, Band band, double total, double priorWeight,
		List<ComparisonWeight> comparisons) {

	public ScoredPair {
		comparisons = List.copyOf(comparisons);
	}

	public String leftId() {
		return this.pair.leftId();
	}

	public String rightId() {
		return this.pair.rightId();
	}

	/** A readable account, one attribute a line. */
	public String explain() {
		StringBuilder text = new StringBuilder(String.format("%s ~ %s: %s, total %+.2f%n", leftId(), rightId(),
				this.band, this.total));
		text.append(String.format("  %-12s %-20s %+7.2f%n", "prior", "", this.priorWeight));
		this.comparisons.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
		return text.toString();
	}

}
