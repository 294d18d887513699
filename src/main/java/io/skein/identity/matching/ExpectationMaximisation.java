package io.skein.identity.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimates m = P(level | same person) and the share of matches among unlabelled candidate pairs by
 * expectation-maximisation over a two-class mixture, anchored so it cannot fall off a cliff:
 * <ul>
 * <li>u = P(level | different people) of the returned model comes from random pairs ({@link UProbabilities}).
 * While EM runs, candidate non-matches get level probabilities of their own ({@link NonMatches#FROM_CANDIDATES},
 * the default): pairs that share a blocking key (relatives, neighbours) agree far more often than random
 * pairs, and a non-match class held at random-pair u cannot explain them, so EM would make "the same family"
 * its match class (measured on ESSnet: F1 0.82 with u held fixed, 0.986 with its own);</li>
 * <li>m is a maximum-a-posteriori estimate: each level's expected count plus {@link ComparisonPriors#STRENGTH}
 * pseudo-pairs spread as the documented prior says, so a sparse or absent field keeps its prior;</li>
 * <li>after every step m is put back inside {@link ComparisonPriors#bounded bounds}: a plain disagreement
 * (a different first name, a different date of birth) can never raise the score.</li>
 * </ul>
 * The returned model keeps the EM m, the random-pair u and, as prior, the expected matches spread over all
 * pairs, i.e. the probability that two random records match. Identical comparison vectors are grouped
 * first, so an iteration costs the number of distinct patterns.
 */
public final class ExpectationMaximisation {

	private static final double INITIAL_PRIOR = 0.1;

	private static final double PSEUDO_COUNT = 0.5;

	/** How the non-match class is modelled while EM runs. */
	public enum NonMatches {

		/** Random-pair u, fixed. */
		RANDOM_PAIRS,
		/** Level probabilities of their own among candidates, started from random-pair u (default). */
		FROM_CANDIDATES

	}

	private final int maxIterations;

	private final double tolerance;

	private final ComparisonPriors priors;

	private final NonMatches nonMatches;

	public ExpectationMaximisation(int maxIterations, double tolerance) {
		this(maxIterations, tolerance, ComparisonPriors.standard(), NonMatches.FROM_CANDIDATES);
	}

	public ExpectationMaximisation(int maxIterations, double tolerance, ComparisonPriors priors, NonMatches nonMatches) {
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
		this.priors = priors;
		this.nonMatches = nonMatches;
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
		double[][] m = priorM(comparators, u);
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
			double[][] nextM = bounded(comparators, matchCounts.posterior(priorM(comparators, u), ComparisonPriors.STRENGTH), u);
			double[][] nextU = this.nonMatches == NonMatches.RANDOM_PAIRS ? u : nonMatchCounts.probabilities(PSEUDO_COUNT);
			double nextPrior = Math.min(Math.max(expectedMatches / Math.max(candidateVectors.size(), 1), 1e-6), 1 - 1e-6);
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

	/** The documented prior m of every comparator, inside its bounds for this u. */
	public double[][] priorM(Comparators comparators, double[][] u) {
		double[][] m = new double[comparators.size()][];
		for (int c = 0; c < m.length; c++) {
			m[c] = this.priors.bounded(comparators.get(c), this.priors.m(comparators.get(c)), u[c]);
		}
		return m;
	}

	private double[][] bounded(Comparators comparators, double[][] m, double[][] u) {
		double[][] out = new double[m.length][];
		for (int c = 0; c < m.length; c++) {
			out[c] = this.priors.bounded(comparators.get(c), m[c], u[c]);
		}
		return out;
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

	private static double maxChange(double[][] before, double[][] after) {
		double max = 0;
		for (int c = 0; c < before.length; c++) {
			for (int l = 0; l < before[c].length; l++) {
				max = Math.max(max, Math.abs(before[c][l] - after[c][l]));
			}
		}
		return max;
	}

	static MatchModel toModel(Comparators comparators, double[][] m, double[][] u, double prior) {
		List<AttributeWeights> attributes = new java.util.ArrayList<>();
		for (int c = 0; c < comparators.size(); c++) {
			AttributeComparator comparator = comparators.get(c);
			attributes.add(new AttributeWeights(comparator.attribute(), comparator.levels(),
					Arrays.stream(m[c]).boxed().toList(), Arrays.stream(u[c]).boxed().toList()));
		}
		return new MatchModel(prior, attributes);
	}

}
