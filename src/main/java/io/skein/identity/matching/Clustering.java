package io.skein.identity.matching;

import java.util.List;

/**
 * Clusters of record ids: each sorted, and the clusters sorted by their first id, singletons included.
 * {@code heldForReview} lists the links the guard refused to follow.
 */
public record Clustering(List<List<String>> clusters, List<HeldMerge> heldForReview) {

	public Clustering {
		clusters = List.copyOf(clusters);
		heldForReview = List.copyOf(heldForReview);
	}

}
