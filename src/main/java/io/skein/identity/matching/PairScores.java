package io.skein.identity.matching;

/** Scores any two records by id on demand: the clusterer's way to weigh pairs blocking never proposed. */
@FunctionalInterface
public interface PairScores {

	double total(String leftId, String rightId);

}
