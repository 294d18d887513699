package io.skein.segment.rule;

import java.util.Map;
import java.util.function.Predicate;

/**
 * What a rule is checked against: the custom attributes defined now (name to type), which segment ids
 * exist (and may be referenced), whether the quoted amount may be used, and the size limits.
 */
public record RuleContext(Map<String, ValueType> attributes, Predicate<String> segmentExists, boolean amountAllowed,
		Limits limits) {

	/** Bounds that keep a rule cheap to evaluate: depth, number of nodes, list sizes and window length. */
	public record Limits(int maxDepth, int maxNodes, int maxListSize, int maxStringLength, long maxWindowDays) {

		public static Limits defaults() {
			return new Limits(8, 64, 200, 200, 5 * 366);
		}

	}

}
