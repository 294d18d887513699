package io.skein.segment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored segment or audience.
 *
 * @param kind SEGMENT or AUDIENCE
 * @param persona whether it is a named persona that audiences (and offer pricing) combine
 * @param rule the rule, in the shape of the GraphQL RuleInput
 * @param expression for an audience, the persona expression it was built from
 * @param dependsOn the segments whose membership the rule reads
 */
public record Segment(String id, String name, String description, String kind, boolean persona,
		Map<String, Object> rule, Map<String, Object> expression, List<String> dependsOn, Instant createdAt) {

	static final String SEGMENT = "SEGMENT";

	static final String AUDIENCE = "AUDIENCE";

}
