/**
 * Neo4j plumbing shared by every capability: the embedded store (started when no
 * {@code spring.neo4j.uri} is configured), migrations from {@code cypher/migrations}, the registry of
 * named Cypher files and {@link io.skein.graph.Graph}, the one way Skein runs Cypher (always with
 * bound parameters, counted per query name) with its transactions in this process on the embedded store
 ({@link io.skein.graph.InProcessTransactions}) or through the driver, and Neo4j's bulk importer: its CSV files written from rows
 * ({@link io.skein.graph.BulkImportFiles}), run in process on a stopped embedded store
 * ({@link io.skein.graph.BulkImport}, {@link io.skein.graph.EmbeddedNeo4j#restartWith}) and loaded keeping what
 * the store held ({@link io.skein.graph.EmbeddedBulkLoad}); and dropping cached query plans once a store has grown
 * past what they were made for ({@link io.skein.graph.PlanRefresh}).
 */
package io.skein.graph;
