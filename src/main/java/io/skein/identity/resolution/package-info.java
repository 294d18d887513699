/**
 * Identity resolution in the graph: blocking keys kept at ingest ({@code (:BlockKey)}), the EM-trained
 * model stored as {@code (:MatchModel)}, and {@code resolve}, which clusters every stored record with the
 * matching engine under steward constraints and reconciles customers (merges keep the oldest id, splits
 * leave it on the largest part), storing each LINK or REVIEW pair as {@code MATCHED} with its weights.
 * Real-time resolution runs the same reconciliation after every write over the scope of the records it
 * changed ({@code RealtimeResolution}, {@code ComponentFinder}); a record whose {@code pairsMarker} still
 * matches ({@code PairsMarker}) is scored only against the partners of its stored MATCHED edges there, not
 * against its whole blocks, and a write's resolution commits once ({@code Writes}).
 * Neo4j is the only source of truth; anything held in memory here is derived from it.
 */
package io.skein.identity.resolution;
