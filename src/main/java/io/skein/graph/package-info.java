/**
 * Neo4j plumbing shared by every capability: the embedded store (started when no
 * {@code spring.neo4j.uri} is configured), migrations from {@code cypher/migrations}, the registry of
 * named Cypher files and {@link io.skein.graph.Graph}, the one way Skein runs Cypher (always with
 * bound parameters, counted per query name).
 */
package io.skein.graph;
