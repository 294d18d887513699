package io.skein.graph;

/** Where the graph lives, for banners and the CLI: the Bolt URI and whether Skein started it itself. */
public record Neo4jEndpoint(String boltUri, boolean embedded) {
}
