package io.skein.identity.matching;

import java.util.List;
import java.util.Map;

/**
 * Trains a model without labels and checks it before use: u from random pairs, m by bounded EM from the
 * documented priors ({@link ExpectationMaximisation}, {@link ComparisonPriors}), then the trained model's
 * decisions on a sample of candidate pairs against the prior model's ({@link ModelCheck}). When they
 * disagree too much the prior model is returned instead, and the check says so.
 */
public final class ModelTrainer {

	/** Candidate pairs compared by the check, evenly spread over the sorted candidates. */
	private static final int CHECK_SAMPLE = 50_000;

	private final Comparators comparators;

	private final MatchSettings settings;

	public ModelTrainer(Comparators comparators, MatchSettings settings) {
		this.comparators = comparators;
		this.settings = settings;
	}

	/** The model in use and how it came about. */
	/**
	 * @param levels the comparison levels of every candidate pair, in the candidates' order (for scoring them
	 * without comparing again)
	 */
	public record Training(MatchModel model, TermFrequencies termFrequencies, MatchModel trained, ModelCheck check,
			List<int[]> levels) {

		public boolean keptPrior() {
			return !this.check.accepted();
		}

	}

	public Training train(List<MatchRecord> records, List<RecordPair> candidates, Map<String, MatchRecord> byId) {
		double[][] u = new UProbabilities(this.settings.uSampleSize(), this.settings.seed()).estimate(records,
				this.comparators);
		// compared once, in parallel (the list keeps the candidates' order); training, the check and scoring reuse them
		List<int[]> vectors = candidates.parallelStream()
			.map(p -> this.comparators.compare(byId.get(p.leftId()), byId.get(p.rightId())))
			.toList();
		long n = records.size();
		ExpectationMaximisation em = new ExpectationMaximisation(this.settings.emIterations(), 1e-6);
		MatchModel trained = em.train(this.comparators, vectors, u, n * (n - 1) / 2);
		MatchModel prior = ExpectationMaximisation.toModel(this.comparators, em.priorM(this.comparators, u), u,
				trained.priorMatchProbability());
		TermFrequencies frequencies = TermFrequencies.of(records, this.comparators);
		ModelCheck check = check(trained, prior, frequencies, candidates, vectors, byId);
		return new Training(check.accepted() ? trained : prior, frequencies, trained, check, vectors);
	}

	private ModelCheck check(MatchModel trained, MatchModel prior, TermFrequencies frequencies,
			List<RecordPair> candidates, List<int[]> vectors, Map<String, MatchRecord> byId) {
		PairScorer ours = new PairScorer(this.comparators, trained, frequencies, this.settings.thresholds());
		PairScorer theirs = new PairScorer(this.comparators, prior, frequencies, this.settings.thresholds());
		int step = Math.max(1, candidates.size() / CHECK_SAMPLE);
		long linked = 0;
		long disagreements = 0;
		for (int i = 0; i < candidates.size(); i += step) {
			RecordPair pair = candidates.get(i);
			MatchRecord left = byId.get(pair.leftId());
			MatchRecord right = byId.get(pair.rightId());
			Band a = ours.score(left, right, vectors.get(i)).band();
			Band b = theirs.score(left, right, vectors.get(i)).band();
			if (a == Band.LINK || b == Band.LINK) {
				linked++;
				if (a == Band.NONE || b == Band.NONE) {
					disagreements++;
				}
			}
		}
		boolean accepted = linked == 0 || (double) disagreements / linked <= ModelCheck.MAX_DISAGREEMENT;
		return new ModelCheck(linked, disagreements, accepted);
	}

}
