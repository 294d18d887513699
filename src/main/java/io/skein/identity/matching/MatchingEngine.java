package io.skein.identity.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a set of records in memory: blocking, training (u from random pairs, m and the prior by EM,
 * no labels), scoring with explanations, then guarded clustering. Each step is a separate public piece
 * ({@link BlockingKeys}, {@link UProbabilities}, {@link ExpectationMaximisation}, {@link PairScorer},
 * {@link GuardedClusterer}) that the graph side can drive on its own.
 */
public final class MatchingEngine {

	private final Comparators comparators;

	private final MatchSettings settings;

	private volatile ModelCheck lastCheck;

	public MatchingEngine(Comparators comparators, MatchSettings settings) {
		this.comparators = comparators;
		this.settings = settings;
	}

	public static MatchingEngine standard() {
		return new MatchingEngine(Comparators.standard(), MatchSettings.DEFAULT);
	}

	public Resolution resolve(List<MatchRecord> input) {
		List<MatchRecord> records = input.stream().sorted(Comparator.comparing(MatchRecord::id)).toList();
		Map<String, MatchRecord> byId = new HashMap<>();
		records.forEach(r -> byId.put(r.id(), r));
		requireUniqueIds(records, byId);
		Candidates candidates = new CandidateGenerator(new BlockingKeys(), this.settings.maxBlockSize())
			.generate(records);
		ModelTrainer.Training training = training(records, candidates, byId);
		PairScorer scorer = new PairScorer(this.comparators, training.model(), training.termFrequencies(),
				this.settings.thresholds());
		// training compared every candidate pair already: scored from those levels, not compared again
		List<RecordPair> pairs = candidates.pairs();
		List<ScoredPair> scored = java.util.stream.IntStream.range(0, pairs.size())
			.parallel()
			.mapToObj(i -> scorer.score(byId.get(pairs.get(i).leftId()), byId.get(pairs.get(i).rightId()),
					training.levels().get(i)))
			.toList();
		Clustering clustering = new GuardedClusterer(this.settings.minAverageCrossWeight(),
				this.settings.maxClusterSize())
			.cluster(byId.keySet(), scored, (a, b) -> scorer.score(byId.get(a), byId.get(b)).total(),
					GuardedClusterer.Constraints.withNationalIds(List.of(), List.of(), Map.of(), records));
		return new Resolution(scorer.model(), candidates, scored, clustering);
	}

	/** Trains a model on the records and their candidate pairs and returns a scorer using it. */
	public PairScorer train(List<MatchRecord> records, Candidates candidates, Map<String, MatchRecord> byId) {
		ModelTrainer.Training training = training(records, candidates, byId);
		return new PairScorer(this.comparators, training.model(), training.termFrequencies(), this.settings.thresholds());
	}

	private ModelTrainer.Training training(List<MatchRecord> records, Candidates candidates, Map<String, MatchRecord> byId) {
		ModelTrainer.Training training = new ModelTrainer(this.comparators, this.settings).train(records,
				candidates.pairs(), byId);
		this.lastCheck = training.check();
		return training;
	}

	/** The self-check of the last training, or null before any. */
	public ModelCheck lastCheck() {
		return this.lastCheck;
	}

	private static void requireUniqueIds(List<MatchRecord> records, Map<String, MatchRecord> byId) {
		if (byId.size() != records.size()) {
			Set<String> seen = new HashSet<>();
			String duplicate = records.stream().map(MatchRecord::id).filter(id -> !seen.add(id)).findFirst().orElse("?");
			throw new IllegalArgumentException("Record ids must be unique; repeated: " + duplicate);
		}
	}

}
