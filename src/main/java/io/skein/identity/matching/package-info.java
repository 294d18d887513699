/**
 * Probabilistic record linkage, pure Java (no Spring, no Neo4j), in separate pieces the graph side can
 * drive one by one:
 * <ol>
 * <li><b>Candidates</b>: {@link io.skein.identity.matching.BlockingKeys} gives each record a few keys
 * (Lucene-folded and Double-Metaphone-coded names, name prefixes, birth date and year, postcode, exact
 * identifiers); only records sharing a key are compared. In the graph the keys are nodes.</li>
 * <li><b>Comparison</b>: each {@link io.skein.identity.matching.AttributeComparator} answers a discrete
 * agreement level (exact, alias, typo, swapped, ..., different, or missing).</li>
 * <li><b>Weights without labels</b>: u from random pairs ({@link io.skein.identity.matching.UProbabilities}),
 * m and the match rate by EM ({@link io.skein.identity.matching.ExpectationMaximisation}); exact name and
 * city agreements are term-frequency adjusted ({@link io.skein.identity.matching.TermFrequencies}).</li>
 * <li><b>Scoring</b>: {@link io.skein.identity.matching.PairScorer} turns a pair into a
 * {@link io.skein.identity.matching.ScoredPair}: band (LINK, REVIEW, NONE) and per-attribute weights.</li>
 * <li><b>Clustering</b>: {@link io.skein.identity.matching.GuardedClusterer} follows links strongest first
 * with id tie-breaks (order-independent) and refuses merges whose average cross-pair weight is low or
 * whose size is too large (no blobs through a weak bridge).</li>
 * </ol>
 * {@link io.skein.identity.matching.MatchingEngine} runs them all in memory.
 */
package io.skein.identity.matching;
