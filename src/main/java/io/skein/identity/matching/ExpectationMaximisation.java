package io.skein.identity.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimates m = P(level | same person) and the share of matches among unlabelled candidate pairs by
 * expectation-maximisation over a two-class mixture. During EM the non-match class has its own level
 * probabilities, started from the random-pair u: candidate non-matches share a blocking key, so they
 * agree far more often than random pairs and a fixed random u would pull them into the match class. The
 * returned model keeps the EM m, the random-pair u (see {@link UProbabilities}) and, as prior, the
 * expected matches spread over all pairs, i.e. the probability that two random records match.
 * Identical comparison vectors are grouped first, so an iteration costs the number of distinct patterns.
 */
public final class ExpectationMaximisation {

	private static final double INITIAL_PRIOR = 0.1;

	private static final double INITIAL_M_TOP_LEVEL = 0.8;

	private static final double PSEUDO_COUNT = 0.5;

	private final int maxIterations;

	private final double tolerance;

	public ExpectationMaximisation(int maxIterations, double tolerance) {
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
	}

	/**
	 * @param candidateVectors comparison vectors of the candidate pairs
	 * @param u random-pair u per comparator and level
	 * @param allPairs number of pairs among all records, to turn expected matches into a prior
	 */
	public MatchModel train(Comparators comparators, List<int[]> candidateVectors, double[][] u, long allPairs) {
		Map<String, int[]> patterns = new TreeMap<>();
		Map<String, Integer> patternCounts = new TreeMap<>();
		for (int[] vector : candidateVectors) {
			String key = Arrays.toString(vector);
			patterns.putIfAbsent(key, vector);
			patternCounts.merge(key, 1, Integer::sum);
		}
		double[][] m = initialM(comparators);
		double[][] candidateU = u;
		double prior = INITIAL_PRIOR;
		double expectedMatches = 0;
		for (int iteration = 0; iteration < this.maxIterations; iteration++) {
			LevelCounts matchCounts = new LevelCounts(comparators);
			LevelCounts nonMatchCounts = new LevelCounts(comparators);
			expectedMatches = 0;
			for (Map.Entry<String, int[]> pattern : patterns.entrySet()) {
				int count = patternCounts.get(pattern.getKey());
				double p = matchProbability(pattern.getValue(), m, candidateU, prior);
				matchCounts.add(pattern.getValue(), p * count);
				nonMatchCounts.add(pattern.getValue(), (1 - p) * count);
				expectedMatches += p * count;
			}
			double[][] nextM = matchCounts.probabilities(PSEUDO_COUNT);
			double[][] nextU = nonMatchCounts.probabilities(PSEUDO_COUNT);
			double nextPrior = Math.min(Math.max(expectedMatches / candidateVectors.size(), 1e-6), 1 - 1e-6);
			double change = Math.abs(nextPrior - prior) + maxChange(m, nextM) + maxChange(candidateU, nextU);
			m = nextM;
			candidateU = nextU;
			prior = nextPrior;
			if (change < this.tolerance) {
				break;
			}
		}
		double randomPairPrior = Math.min(Math.max(expectedMatches, 1) / Math.max(allPairs, 1), 0.5);
		return toModel(comparators, m, u, randomPairPrior);
	}

	static double matchProbability(int[] levels, double[][] m, double[][] u, double prior) {
		double logRatio = Math.log(prior / (1 - prior));
		for (int c = 0; c < levels.length; c++) {
			if (levels[c] != AttributeComparator.MISSING) {
				logRatio += Math.log(m[c][levels[c]] / u[c][levels[c]]);
			}
		}
		return 1 / (1 + Math.exp(-logRatio));
	}

	/** Most of the mass on the best level, the rest spread evenly: EM only needs the right direction. */
	private static double[][] initialM(Comparators comparators) {
		double[][] m = new double[comparators.size()][];
		for (int c = 0; c < m.length; c++) {
			int levels = comparators.get(c).levels().size();
			m[c] = new double[levels];
			Arrays.fill(m[c], (1 - INITIAL_M_TOP_LEVEL) / (levels - 1));
			m[c][0] = INITIAL_M_TOP_LEVEL;
		}
		return m;
	}

	private static double maxChange(double[][] before, double[][] after) {
		double max = 0;
		for (int c = 0; c < before.length; c++) {
			for (int l = 0; l < before[c].length; l++) {
				max = Math.max(max, Math.abs(before[c][l] - after[c][l]));
			}
		}
		return max;
	}

	private static MatchModel toModel(Comparators comparators, double[][] m, double[][] u, double prior) {
		List<AttributeWeights> attributes = new java.util.ArrayList<>();
		for (int c = 0; c < comparators.size(); c++) {
			AttributeComparator comparator = comparators.get(c);
			attributes.add(new AttributeWeights(comparator.attribute(), comparator.levels(),
					Arrays.stream(m[c]).boxed().toList(), Arrays.stream(u[c]).boxed().toList()));
		}
		return new MatchModel(prior, attributes);
	}

}
