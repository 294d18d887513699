package io.skein.segment;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.skein.graph.Graph;
import io.skein.graphql.InvalidInputException;
import io.skein.segment.rule.Rule;
import io.skein.segment.rule.RuleContext;
import io.skein.segment.rule.RuleError;
import io.skein.segment.rule.RuleParser;
import io.skein.segment.rule.ValueType;

import org.springframework.stereotype.Service;

/**
 * Checks rules against what exists now (defined attributes, segments) for segments and for offers. A bad
 * rule becomes an {@link InvalidInputException} naming the path in the rule.
 */
@Service
public class Rules {

	private final AttributeCatalogue attributes;

	private final SegmentRepository segments;

	private final SegmentProperties properties;

	Rules(AttributeCatalogue attributes, SegmentRepository segments, SegmentProperties properties) {
		this.attributes = attributes;
		this.segments = segments;
		this.properties = properties;
	}

	/** A segment rule: no amount. */
	public Rule segmentRule(Object input, String path) {
		return parse(input, path, false);
	}

	/** An offer rule: may test the quoted amount. */
	public Rule offerRule(Object input, String path) {
		return parse(input, path, true);
	}

	private Rule parse(Object input, String path, boolean amountAllowed) {
		return parse(input, path, context(amountAllowed));
	}

	/** What rules are checked against now; build it once to check many rules. */
	public RuleContext context(boolean amountAllowed) {
		return context(amountAllowed, this.segments.all());
	}

	/** As {@link #context(boolean)}, against segments the caller has just read (saves reading them again). */
	public RuleContext context(boolean amountAllowed, java.util.Collection<Segment> existing) {
		return context(this.attributes.types(), amountAllowed, existing);
	}

	/** As {@link #context(boolean, java.util.Collection)}, the attributes read in the caller's transaction. */
	RuleContext context(Graph.Tx tx, boolean amountAllowed, java.util.Collection<Segment> existing) {
		return context(this.attributes.types(tx), amountAllowed, existing);
	}

	private RuleContext context(Map<String, ValueType> types, boolean amountAllowed,
			java.util.Collection<Segment> existing) {
		Set<String> ids = existing.stream().map(Segment::id).collect(Collectors.toSet());
		return new RuleContext(types, ids::contains, amountAllowed, this.properties.limits());
	}

	public Rule parse(Object input, String path, RuleContext context) {
		try {
			return RuleParser.parse(input, path, context);
		}
		catch (RuleError ex) {
			throw new InvalidInputException(ex.path(), ex.getMessage());
		}
	}

}
