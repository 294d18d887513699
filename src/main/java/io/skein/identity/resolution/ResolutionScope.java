package io.skein.identity.resolution;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.identity.matching.RecordPair;
import io.skein.identity.matching.ScoredPair;

/**
 * What one reconciliation covers: a set of records closed under every link that can join clusters
 * (steward merges, deterministic must-links, LINK-band pairs) and under customer membership, with every
 * candidate pair touching them, scored. Clustering decomposes over such sets, so reconciling one gives
 * what a full resolve gives for its records. The whole store is one; real-time resolution reconciles the
 * smallest one holding the records a write changed.
 *
 * @param records the records, with their current customers
 * @param scored candidate pairs with at least one record in the scope, scored with the model in use
 * @param candidatePairs how many candidate pairs blocking proposed
 * @param oversized blocking keys too common to propose pairs ("key (size)", largest first; full scope only)
 * @param mustLinks deterministic must-links among the records
 * @param stewardLinks steward merges among the records
 * @param cannotLinks bans and splits, record to records
 * @param whole true for the whole store: every stored MATCHED edge is replaced, not only those touching it
 * @param fullyScored the records scored against every member of their blocking keys (all of them for the whole
 * store); the others were scored against the partners of their stored MATCHED edges ({@link PairsMarker})
 */
record ResolutionScope(List<StoredRecord> records, List<ScoredPair> scored, long candidatePairs, List<String> oversized,
		ResolutionService.MustLinks mustLinks, List<RecordPair> stewardLinks, Map<String, Set<String>> cannotLinks,
		boolean whole, Set<String> fullyScored) {
}
