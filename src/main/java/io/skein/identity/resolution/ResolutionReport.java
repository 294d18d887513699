package io.skein.identity.resolution;

import java.util.List;

/**
 * What one resolution run did.
 *
 * @param records source records resolved
 * @param candidatePairs pairs proposed by shared blocking keys (and compared)
 * @param allPairs n(n-1)/2
 * @param oversizedKeys blocking keys shared by more than the block-size limit, left out
 * @param largestOversizedKeys the largest of them, "key (size)"
 * @param trainedModel false when too few records and the default model was used
 * @param mustLinks deterministic must-link pairs (shared stitching identifiers)
 * @param guardedIdentifiers identifiers too widely shared (or blocklisted) to must-link
 * @param linkPairs pairs scored in the LINK band
 * @param reviewPairs pairs scored in the REVIEW band
 * @param heldMerges links the clusterer refused (weak bridge, too large, banned)
 * @param clusters clusters, singletons included
 * @param customersMerged customers absorbed into another
 * @param customersSplit customers that lost records to another cluster
 * @param recordsMoved records moved between customers by splits
 * @param millis wall time
 */
public record ResolutionReport(int records, long candidatePairs, long allPairs, int oversizedKeys,
		List<String> largestOversizedKeys, boolean trainedModel, int mustLinks, int guardedIdentifiers, int linkPairs,
		int reviewPairs, int heldMerges, int clusters, int customersMerged, int customersSplit, int recordsMoved,
		long millis) {

	/** Nothing to resolve. */
	public static ResolutionReport empty() {
		return new ResolutionReport(0, 0, 0, 0, List.of(), false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	public String summary() {
		return String.format("records            %d%ncandidate pairs    %d of %d%noversized keys     %d %s%n"
				+ "model              %s%nmust-links         %d (%d identifiers guarded)%n"
				+ "link / review      %d / %d pairs (%d merges held)%nclusters           %d%n"
				+ "merged / split     %d / %d customers (%d records moved)%ntook               %d ms%n", this.records,
				this.candidatePairs, this.allPairs, this.oversizedKeys, this.largestOversizedKeys,
				this.trainedModel ? "trained (EM)" : "default (too few records)", this.mustLinks,
				this.guardedIdentifiers, this.linkPairs, this.reviewPairs, this.heldMerges, this.clusters,
				this.customersMerged, this.customersSplit, this.recordsMoved, this.millis);
	}

}
