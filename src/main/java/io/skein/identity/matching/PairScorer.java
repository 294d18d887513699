package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pair of records with a trained {@link MatchModel}: the sum of each attribute's weight for the
 * level it compared at (term-frequency adjusted at exact agreements), plus the prior. Stateless and
 * thread-safe; the same two records always get the same score, in either order.
 */
public final class PairScorer {

	private final Comparators comparators;

	private final MatchModel model;

	private final TermFrequencies termFrequencies;

	private final MatchThresholds thresholds;

	public PairScorer(Comparators comparators, MatchModel model, TermFrequencies termFrequencies,
			MatchThresholds thresholds) {
		this.comparators = comparators;
		this.model = model;
		this.termFrequencies = termFrequencies;
		this.thresholds = thresholds;
	}

	public ScoredPair score(MatchRecord first, MatchRecord second) {
		boolean inOrder = first.id().compareTo(second.id()) <= 0;
		MatchRecord left = inOrder ? first : second;
		MatchRecord right = inOrder ? second : first;
		return score(left, right, this.comparators.compare(left, right));
	}

	/**
	 * The score of two records whose comparison levels are known already ({@link Comparators#compare} of
	 * {@code left} and {@code right}, {@code left} the record with the smaller id, as {@link RecordPair}
	 * orders them): training computes them for every candidate pair, so scoring need not compare again.
	 */
	public ScoredPair score(MatchRecord left, MatchRecord right, int[] levels) {
		if (left.id().compareTo(right.id()) > 0) {
			throw new IllegalArgumentException("levels are compared with the smaller id on the left");
		}
		List<ComparisonWeight> lines = new ArrayList<>(this.comparators.size());
		for (int c = 0; c < this.comparators.size(); c++) {
			lines.add(weigh(c, left, right, levels[c]));
		}
		double total = this.model.priorWeight();
		for (ComparisonWeight line : lines) {
			total += line.weight();
		}
		Band band = this.thresholds.band(total);
		if (band == Band.LINK && (PersonConflict.in(lines, attribute -> rareVariant(attribute, left, right))
				|| NameOnlyEvidence.in(lines))) {
			band = Band.REVIEW;
		}
		return new ScoredPair(new RecordPair(left.id(), right.id()), band, total, this.model.priorWeight(), lines);
	}

	/** One record's value of the attribute is at most a {@link PersonConflict#RARER}th as common as the other's. */
	private boolean rareVariant(String attribute, MatchRecord left, MatchRecord right) {
		for (AttributeComparator comparator : this.comparators.all()) {
			if (comparator.attribute().equals(attribute)) {
				long a = this.termFrequencies.count(attribute, comparator.term(left));
				long b = this.termFrequencies.count(attribute, comparator.term(right));
				return a > 0 && b > 0 && Math.min(a, b) * PersonConflict.RARER <= Math.max(a, b);
			}
		}
		return false;
	}

	private ComparisonWeight weigh(int index, MatchRecord left, MatchRecord right, int level) {
		AttributeComparator comparator = this.comparators.get(index);
		if (level == AttributeComparator.MISSING) {
			return new ComparisonWeight(comparator.attribute(), "MISSING", 0, null);
		}
		AttributeWeights weights = this.model.attribute(index);
		String levelName = comparator.levels().get(level);
		String term = comparator.agreedTerm(left, right, level);
		Double frequency = term == null ? null : this.termFrequencies.frequency(comparator.attribute(), term);
		if (frequency == null) {
			return new ComparisonWeight(comparator.attribute(), levelName, weights.weight(level), null);
		}
		return new ComparisonWeight(comparator.attribute(), levelName, weights.termWeight(level, frequency),
				frequency);
	}

	public MatchModel model() {
		return this.model;
	}

	public MatchThresholds thresholds() {
		return this.thresholds;
	}

}
