package io.skein.segment.rule;

import java.util.List;

/**
 * A checked rule on one customer. Values are already type-checked against their field (IN and NOT_IN
 * hold a list, BETWEEN a pair); names are kept as given and only ever reach Cypher as parameters.
 */
public sealed interface Rule {

	record All(List<Rule> rules) implements Rule {
	}

	record Any(List<Rule> rules) implements Rule {
	}

	record Not(Rule rule) implements Rule {
	}

	/** A source-record field of any of the customer's records. */
	record Profile(ProfileField field, Comparison op, Object value) implements Rule {
	}

	/** A custom attribute ({@code attr.<name>} on any of the customer's records), of its defined type. */
	record Attribute(String name, ValueType type, Comparison op, Object value) implements Rule {
	}

	/** The number of the customer's interactions matching every filter given, within the window. */
	record Event(String type, String channel, String category, List<Condition> properties, Window window,
			Range count) implements Rule {
	}

	/** A typed condition on an event property ({@code prop.<name>}). */
	record Condition(String name, ValueType type, Comparison op, Object value) {
	}

	/** Accounts the customer holds, filtered; then their number, and the sum of their balances. */
	record Holding(List<String> products, List<String> categories, Window openedWithin, boolean includeClosed,
			Range balance, Range count, Range totalBalance) implements Rule {
	}

	/** Count and sum of a numeric property over events of the given types within the window. */
	record Transactions(List<String> types, String property, Window window, Range count, Range sum)
			implements Rule {
	}

	/** RFM scores (1 to 5) stored on the customer. */
	record Rfm(Range recency, Range frequency, Range monetary) implements Rule {
	}

	/** Current membership of another segment. */
	record InSegment(String segmentId) implements Rule {
	}

	/** The amount being quoted; only in offer rules. */
	record Amount(Range range) implements Rule {
	}

}
