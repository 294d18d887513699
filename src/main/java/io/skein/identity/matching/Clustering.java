package io.skein.identity.matching;

import java.util.List;
import java.util.Set;

/**
 * Clusters of record ids: each sorted, and the clusters sorted by their first id, singletons included.
 * {@code heldForReview} lists the links the guard refused to follow; {@code corroboratingPairs} the
 * linked pairs whose records hold two different national ids and agree on the person
 * ({@link CorroboratedNationalIds}), the only scored links through which one cluster may hold both ids.
 */
public record Clustering(List<List<String>> clusters, List<HeldMerge> heldForReview,
		Set<RecordPair> corroboratingPairs) {

	public Clustering {
		clusters = List.copyOf(clusters);
		heldForReview = List.copyOf(heldForReview);
		corroboratingPairs = Set.copyOf(corroboratingPairs);
	}

	public Clustering(List<List<String>> clusters, List<HeldMerge> heldForReview) {
		this(clusters, heldForReview, Set.of());
	}

}
