package io.skein.graph;

/** A Cypher statement read from {@code cypher/NAME.cypher}; user values only ever travel as parameters. */
public record NamedQuery(String name, String text) {
}
