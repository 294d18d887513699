package io.skein.segment.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles checked rules into one Cypher predicate over the customer {@code c}. The text is assembled from
 * the constants in this class and generated names ({@code $<prefix><n>} for parameters, {@code x_<n>} for
 * variables); everything that came from a user, field and property names included, is bound as a
 * parameter and reaches properties through dynamic access ({@code r[$p3]}). Several rules may be
 * compiled with one compiler (an offer's checks): their parameters never collide. Windows are relative to
 * the {@code now} given. In offer rules the quoted amount is the parameter {@code $amount}.
 */
public final class RuleCompiler {

	private final Instant now;

	private final String prefix;

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final Set<String> segments = new LinkedHashSet<>();

	private int next;

	private boolean facts;

	public RuleCompiler(Instant now, String prefix) {
		if (!prefix.matches("[a-z]{1,8}")) {
			throw new IllegalArgumentException("parameter prefix must be a few lower-case letters");
		}
		this.now = now;
		this.prefix = prefix;
	}

	/**
	 * Reads the customer's precomputed facts ({@code fact*} properties, kept by {@code CustomerFacts}) instead
	 * of traversing, for the holding and event rules they answer exactly (see {@link #readsFacts}). For segment
	 * evaluation, whose callers refresh the facts first; offers and journeys compile without.
	 */
	public RuleCompiler withFacts() {
		this.facts = true;
		return this;
	}

	/**
	 * Whether this rule node compiles to a read of the customer's facts: open holdings filtered by product
	 * only (count, total balance), and events of any kind counted as none or at least one in a window.
	 */
	boolean readsFacts(Rule rule) {
		if (!this.facts) {
			return false;
		}
		if (rule instanceof Rule.Holding h) {
			return h.categories() == null && h.openedWithin() == null && h.balance() == null && !h.includeClosed();
		}
		if (rule instanceof Rule.Event e) {
			return e.type() == null && e.channel() == null && e.category() == null && e.properties().isEmpty()
					&& (none(e.count()) || some(e.count()));
		}
		return false;
	}

	/** A count range that holds for 0 only (of the whole numbers). */
	private static boolean none(Range count) {
		return count.contains(0) && !count.contains(1);
	}

	/** A count range that holds for every whole number from 1 up. */
	private static boolean some(Range count) {
		return !count.contains(0) && count.contains(1) && count.lt() == null && count.lte() == null;
	}

	/** Compiles one rule with its own parameters. */
	public static CompiledRule compile(Rule rule, Instant now) {
		RuleCompiler compiler = new RuleCompiler(now, "rule");
		String cypher = compiler.predicate(rule);
		return new CompiledRule(cypher, compiler.parameters(), compiler.segments());
	}

	/**
	 * A list expression of the entries of the list parameter {@code $<listParameter>} whose predicate (same
	 * position in {@code predicates}) holds: several rules evaluated in one pass over a customer.
	 */
	public static String holding(List<String> predicates, String listParameter) {
		if (!listParameter.matches("[A-Za-z]{1,30}")) {
			throw new IllegalArgumentException("list parameter must be a plain name");
		}
		StringBuilder list = new StringBuilder("[x IN [");
		for (int i = 0; i < predicates.size(); i++) {
			list.append(i == 0 ? "" : ", ").append("CASE WHEN ").append(predicates.get(i)).append(" THEN $")
				.append(listParameter).append("[").append(i).append("] END");
		}
		return list.append("] WHERE x IS NOT NULL]").toString();
	}

	/**
	 * Adds a rule and returns it as the conjuncts of a {@code WHERE} over customers, where null filters like
	 * false: the fact reads of an {@code and} (or of the rule itself) are written bare ({@code c.factLastEventAt
	 * >= $x}, {@code c.factPortfolio < $y}), so the planner can seek them in their range indexes; the rest is
	 * {@link #predicate}. Not for use under a {@code NOT} or inside an expression.
	 */
	public String conjuncts(Rule rule) {
		List<String> parts = new ArrayList<>();
		addConjuncts(parts, rule);
		return parts.isEmpty() ? "true" : String.join(" AND ", parts);
	}

	private void addConjuncts(List<String> parts, Rule rule) {
		if (rule instanceof Rule.All all) {
			all.rules().forEach(child -> addConjuncts(parts, child));
		}
		else if (rule instanceof Rule.Event event && readsFacts(event)) {
			parts.add(eventFacts(event));
		}
		else if (rule instanceof Rule.Holding holding && readsFacts(holding)) {
			parts.add(holdingFacts(holding));
		}
		else {
			parts.add(predicate(rule));
		}
	}

	/** Adds a rule and returns its predicate; never null for any customer. */
	public String predicate(Rule rule) {
		return "coalesce(" + expression(rule) + ", false)";
	}

	public Map<String, Object> parameters() {
		return Map.copyOf(this.parameters);
	}

	public Set<String> segments() {
		return Set.copyOf(this.segments);
	}

	private String expression(Rule rule) {
		if (rule instanceof Rule.All all) {
			return join(all.rules(), " AND ");
		}
		if (rule instanceof Rule.Any any) {
			return join(any.rules(), " OR ");
		}
		if (rule instanceof Rule.Not not) {
			return "(NOT " + expression(not.rule()) + ")";
		}
		if (rule instanceof Rule.Profile profile) {
			return profile(profile);
		}
		if (rule instanceof Rule.Attribute attribute) {
			String r = variable("r");
			String subject = subject(r + "[" + param("attr." + attribute.name()) + "]", attribute.type());
			return "EXISTS { MATCH (c)<-[:BELONGS_TO]-(" + r + ":SourceRecord) WHERE "
					+ compare(subject, attribute.op(), attribute.value()) + " }";
		}
		// facts read as never null, like the traversals they stand for (a NOT around them stays exact)
		if (rule instanceof Rule.Event event) {
			return readsFacts(event) ? "coalesce(" + eventFacts(event) + ", false)" : event(event);
		}
		if (rule instanceof Rule.Holding holding) {
			return readsFacts(holding) ? "coalesce(" + holdingFacts(holding) + ", false)" : holding(holding);
		}
		if (rule instanceof Rule.Transactions transactions) {
			return transactions(transactions);
		}
		if (rule instanceof Rule.Rfm rfm) {
			List<String> parts = new ArrayList<>();
			addRange(parts, "coalesce(c.rfmR, 0)", rfm.recency());
			addRange(parts, "coalesce(c.rfmF, 0)", rfm.frequency());
			addRange(parts, "coalesce(c.rfmM, 0)", rfm.monetary());
			return "(" + String.join(" AND ", parts) + ")";
		}
		if (rule instanceof Rule.InSegment in) {
			reads(in.segmentId());
			return "EXISTS { (c)-[:IN_SEGMENT]->(" + variable("s") + ":Segment {id: " + param(in.segmentId()) + "}) }";
		}
		if (rule instanceof Rule.Amount amount) {
			return within("$amount", amount.range());
		}
		throw new IllegalStateException("Unknown rule node " + rule.getClass());
	}

	/** Notes that the rules compiled read the membership of this segment. */
	void reads(String segmentId) {
		this.segments.add(segmentId);
	}

	private String join(List<Rule> rules, String operator) {
		return rules.stream().map(this::expression).collect(Collectors.joining(operator, "(", ")"));
	}

	private String profile(Rule.Profile profile) {
		String r = variable("r");
		String field = r + "[" + param(profile.field().property()) + "]";
		String subject;
		if (profile.field() == ProfileField.AGE) {
			subject = "duration.between(date(CASE WHEN " + field + " =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' THEN " + field
					+ " END), " + param(today()) + ").years";
		}
		else {
			subject = subject(field, profile.field().type());
		}
		return "EXISTS { MATCH (c)<-[:BELONGS_TO]-(" + r + ":SourceRecord) WHERE "
				+ compare(subject, profile.op(), profile.value()) + " }";
	}

	private String event(Rule.Event event) {
		String i = variable("i");
		String count = "COUNT { MATCH (" + i + ":Interaction)-[:OF_CUSTOMER]->(c)" + where(eventFilters(event, i)) + " }";
		return within(count, event.count());
	}

	/**
	 * One event's match of an event rule (a journey's EVENT trigger): the rule's filters (type, channel,
	 * category, window, properties) over the interaction variable {@code i}, joined with AND.
	 */
	public String eventMatch(Rule rule) {
		if (!(rule instanceof Rule.Event event)) {
			throw new IllegalArgumentException("not an event rule: " + rule.getClass().getSimpleName());
		}
		List<String> filters = eventFilters(event, "i");
		return filters.isEmpty() ? "true" : "(" + String.join(" AND ", filters) + ")";
	}

	/** The filters an event rule puts on the interaction {@code i}, window included. */
	List<String> eventFilters(Rule.Event event, String i) {
		List<String> filters = new ArrayList<>();
		if (event.type() != null) {
			filters.add(i + ".type = " + param(event.type()));
		}
		if (event.channel() != null) {
			filters.add(i + ".channel = " + param(event.channel()));
		}
		if (event.category() != null) {
			filters.add(subject(i + ".category", ValueType.STRING) + " = " + param(event.category()));
		}
		if (event.window() != null) {
			filters.add(i + ".at >= " + param(event.window().start(this.now)));
		}
		for (Rule.Condition condition : event.properties()) {
			String subject = subject(i + "[" + param("prop." + condition.name()) + "]", condition.type());
			filters.add(compare(subject, condition.op(), condition.value()));
		}
		return filters;
	}

	private String holding(Rule.Holding holding) {
		String a = variable("a");
		List<String> filters = new ArrayList<>();
		if (holding.products() != null) {
			filters.add(a + ".productCode IN " + param(holding.products()));
		}
		if (holding.categories() != null) {
			String p = variable("p");
			filters.add("EXISTS { (" + a + ")-[:OF_PRODUCT]->(" + p + ":Product) WHERE " + p + ".category IN "
					+ param(holding.categories()) + " }");
		}
		if (holding.openedWithin() != null) {
			filters.add(a + ".openedAt >= " + param(holding.openedWithin().start(this.now).toLocalDate().toString()));
		}
		if (!holding.includeClosed()) {
			filters.add("(" + a + ".closedAt IS NULL OR " + a + ".closedAt > " + param(today().toString()) + ")");
		}
		if (holding.balance() != null) {
			filters.add(range("toFloatOrNull(" + a + ".balance)", holding.balance()));
		}
		String h = variable("h");
		List<String> checks = new ArrayList<>();
		addRange(checks, "size(" + h + ")", holding.count());
		String total = variable("sum");
		String x = variable("x");
		addRange(checks, "reduce(" + total + " = 0.0, " + x + " IN " + h + " | " + total + " + coalesce(toFloatOrNull("
				+ x + ".balance), 0.0))", holding.totalBalance());
		return "any(" + h + " IN [COLLECT { MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HOLDS]->(" + a + ":Account)"
				+ where(filters) + " RETURN DISTINCT " + a + " }] WHERE " + String.join(" AND ", checks) + ")";
	}

	/** No event in the window (or ever), or at least one: the latest interaction's time decides. */
	private String eventFacts(Rule.Event event) {
		String last = "c.factLastEventAt";
		if (event.window() == null) {
			return "(" + last + (none(event.count()) ? " IS NULL)" : " IS NOT NULL)");
		}
		String start = param(event.window().start(this.now));
		return none(event.count()) ? "(" + last + " IS NULL OR " + last + " < " + start + ")"
				: "(" + last + " >= " + start + ")";
	}

	/**
	 * The open accounts from the facts: all of them (count and total stored), or those of the products named
	 * (positions in {@code factProducts}, their balances at the same positions in {@code factBalances}).
	 */
	private String holdingFacts(Rule.Holding holding) {
		List<String> checks = new ArrayList<>();
		if (holding.products() == null) {
			addRange(checks, "c.factAccounts", holding.count());
			addRange(checks, "c.factPortfolio", holding.totalBalance());
			return "(" + String.join(" AND ", checks) + ")";
		}
		if (holding.totalBalance() == null) {
			// the count alone: one read of the product list, no positions needed
			String k = variable("k");
			addRange(checks, "size([" + k + " IN coalesce(c.factProducts, []) WHERE " + k + " IN "
					+ param(holding.products()) + "])", holding.count());
			return "(" + String.join(" AND ", checks) + ")";
		}
		String k = variable("k");
		String h = variable("h");
		addRange(checks, "size(" + h + ")", holding.count());
		String total = variable("sum");
		String x = variable("x");
		addRange(checks, "reduce(" + total + " = 0.0, " + x + " IN " + h + " | " + total + " + c.factBalances[" + x
				+ "])", holding.totalBalance());
		return "any(" + h + " IN [[" + k + " IN range(0, coalesce(size(c.factProducts), 0) - 1) WHERE c.factProducts[" + k + "] IN "
				+ param(holding.products()) + "]] WHERE " + String.join(" AND ", checks) + ")";
	}

	private String transactions(Rule.Transactions tx) {
		String i = variable("i");
		String t = variable("t");
		List<String> checks = new ArrayList<>();
		addRange(checks, "size(" + t + ")", tx.count());
		String total = variable("sum");
		String x = variable("x");
		addRange(checks, "reduce(" + total + " = 0.0, " + x + " IN " + t + " | " + total + " + " + x + ")", tx.sum());
		return "any(" + t + " IN [COLLECT { MATCH (" + i + ":Interaction)-[:OF_CUSTOMER]->(c) WHERE " + i + ".type IN "
				+ param(tx.types()) + " AND " + i + ".at >= " + param(tx.window().start(this.now))
				+ " RETURN coalesce(toFloatOrNull(" + i + "[" + param("prop." + tx.property()) + "]), 0.0) AS v }] WHERE "
				+ String.join(" AND ", checks) + ")";
	}

	/** A property read typed for comparison: strings are compared case-insensitively, other types as they are. */
	private static String subject(String read, ValueType type) {
		if (type == ValueType.STRING) {
			return "toLower(CASE WHEN " + read + " IS :: STRING THEN " + read + " END)";
		}
		if (type == ValueType.DATE) {
			return "CASE WHEN " + read + " IS :: STRING THEN " + read + " END";
		}
		return read;
	}

	private String compare(String subject, Comparison op, Object value) {
		if (op == Comparison.EXISTS) {
			return subject + " IS NOT NULL";
		}
		if (op == Comparison.BETWEEN) {
			List<?> pair = (List<?>) value;
			return "(" + subject + " >= " + param(pair.get(0)) + " AND " + subject + " <= " + param(pair.get(1)) + ")";
		}
		if (op == Comparison.NOT_IN) {
			return "(" + subject + " IS NOT NULL AND NOT " + subject + " IN " + param(value) + ")";
		}
		return subject + operator(op) + param(value);
	}

	private static String operator(Comparison op) {
		if (op == Comparison.EQ) {
			return " = ";
		}
		if (op == Comparison.NE) {
			return " <> ";
		}
		if (op == Comparison.GT) {
			return " > ";
		}
		if (op == Comparison.GTE) {
			return " >= ";
		}
		if (op == Comparison.LT) {
			return " < ";
		}
		if (op == Comparison.LTE) {
			return " <= ";
		}
		if (op == Comparison.IN) {
			return " IN ";
		}
		if (op == Comparison.CONTAINS) {
			return " CONTAINS ";
		}
		if (op == Comparison.STARTS_WITH) {
			return " STARTS WITH ";
		}
		throw new IllegalStateException("No operator for " + op);
	}

	/** An expression evaluated once and checked against a range. */
	private String within(String expression, Range range) {
		String v = variable("v");
		return "any(" + v + " IN [" + expression + "] WHERE " + range(v, range) + ")";
	}

	private void addRange(List<String> parts, String expression, Range range) {
		if (range != null) {
			parts.add(range(expression, range));
		}
	}

	String range(String expression, Range range) {
		List<String> parts = new ArrayList<>();
		if (range.gt() != null) {
			parts.add(expression + " > " + param(range.gt()));
		}
		if (range.gte() != null) {
			parts.add(expression + " >= " + param(range.gte()));
		}
		if (range.lt() != null) {
			parts.add(expression + " < " + param(range.lt()));
		}
		if (range.lte() != null) {
			parts.add(expression + " <= " + param(range.lte()));
		}
		return "(" + String.join(" AND ", parts) + ")";
	}

	static String where(List<String> filters) {
		return filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.now, ZoneOffset.UTC);
	}

	String variable(String kind) {
		return kind + "_" + (++this.next);
	}

	String param(Object value) {
		String name = this.prefix + this.parameters.size();
		this.parameters.put(name, value);
		return "$" + name;
	}

}
