package io.skein.orchestration;

import java.util.Set;

import io.skein.segment.rule.RuleContext;

/**
 * What a definition is checked against now: the rule context (defined attributes, existing segments) for
 * triggers, branches and tokens, the product codes goals may name and the categories RECOMMEND may name.
 */
public record JourneyContext(RuleContext rules, Set<String> productCodes, Set<String> categories) {
}
