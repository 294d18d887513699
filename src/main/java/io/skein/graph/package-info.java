/**
 * Neo4j plumbing shared by every capability: the embedded store (started when no
 * {@code spring.neo4j.uri} is configured), migrations from {@code cypher/migrations}, the registry of
 * named Cypher files and {@link io.skein.graph.Graph}, the one way Skein runs Cypher (always with
 * bound parameters, counted per query name), and Neo4j's bulk importer run in process on a stopped embedded
 * store ({@link io.skein.graph.BulkImport}, {@link io.skein.graph.EmbeddedNeo4j#restartWith}).
 */
package io.skein.graph;
