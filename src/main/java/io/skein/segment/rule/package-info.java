/**
 * The rule language of segments, audiences and product offers: a tree of AND / OR / NOT over profile
 * fields, custom attributes, past events, holdings, transaction aggregates, RFM scores, membership of
 * other segments and (in offer rules only) the quoted amount. {@link io.skein.segment.rule.RuleParser}
 * turns the GraphQL input (or stored JSON) into a checked {@link io.skein.segment.rule.Rule}, naming the
 * path of every error; {@link io.skein.segment.rule.RuleCompiler} turns it into a Cypher predicate on
 * the customer {@code c} built only from constants, with every user value (property names included)
 * bound as a parameter. For a full evaluation {@link io.skein.segment.rule.SetCompiler} starts from
 * index-backed entry points (product holders, events in a window, segment members) and leaves the rest
 * to that predicate.
 */
package io.skein.segment.rule;
