package io.skein.segment.rule;

import java.util.Map;
import java.util.Set;

/**
 * A rule as a Cypher boolean expression on the customer {@code c}: text built only from the compiler's
 * constants and generated parameter names, with every value in {@link #parameters()}.
 *
 * @param cypher the predicate, never null-valued for any customer
 * @param parameters the values it binds
 * @param segments the segments it reads membership of (evaluate those first)
 */
public record CompiledRule(String cypher, Map<String, Object> parameters, Set<String> segments) {
}
