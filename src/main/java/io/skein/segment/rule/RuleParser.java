package io.skein.segment.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule from its GraphQL input (or the same shape stored as JSON) and checks it: exactly one
 * operator or condition per node, known fields and defined attributes, values of the right type for
 * their comparison, windows and lists within limits, segments that exist. Every error names its path.
 */
public final class RuleParser {

	private static final Set<String> NODE_KEYS = Set.of("and", "or", "not", "profile", "attribute", "event",
			"holding", "transactions", "rfm", "segment", "amount");

	private final RuleContext context;

	private int nodes;

	private RuleParser(RuleContext context) {
		this.context = context;
	}

	/** Parses and checks {@code input}; throws {@link RuleError} naming the first problem found under {@code path}. */
	public static Rule parse(Object input, String path, RuleContext context) {
		return new RuleParser(context).node(input, path, 1);
	}

	private Rule node(Object input, String path, int depth) {
		Map<String, Object> map = object(input, path);
		if (depth > this.context.limits().maxDepth()) {
			throw new RuleError(path, "rule too deep: more than " + this.context.limits().maxDepth() + " levels");
		}
		if (++this.nodes > this.context.limits().maxNodes()) {
			throw new RuleError(path, "rule too big: more than " + this.context.limits().maxNodes() + " conditions");
		}
		List<String> present = new ArrayList<>();
		map.forEach((key, value) -> {
			if (!NODE_KEYS.contains(key)) {
				throw new RuleError(path + "." + key, "unknown rule field; expected one of " + new java.util.TreeSet<>(NODE_KEYS));
			}
			if (value != null) {
				present.add(key);
			}
		});
		if (present.size() != 1) {
			throw new RuleError(path, "a rule node needs exactly one of and, or, not or a condition; got "
					+ (present.isEmpty() ? "none" : String.join(", ", present)));
		}
		String key = present.get(0);
		Object value = map.get(key);
		String at = path + "." + key;
		if (key.equals("and") || key.equals("or")) {
			List<Object> items = list(value, at, 1);
			List<Rule> rules = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				rules.add(node(items.get(i), at + "[" + i + "]", depth + 1));
			}
			return key.equals("and") ? new Rule.All(rules) : new Rule.Any(rules);
		}
		if (key.equals("not")) {
			return new Rule.Not(node(value, at, depth + 1));
		}
		Map<String, Object> c = object(value, at);
		if (key.equals("profile")) {
			return profile(c, at);
		}
		if (key.equals("attribute")) {
			return attribute(c, at);
		}
		if (key.equals("event")) {
			return event(c, at);
		}
		if (key.equals("holding")) {
			return holding(c, at);
		}
		if (key.equals("transactions")) {
			return transactions(c, at);
		}
		if (key.equals("rfm")) {
			return rfm(c, at);
		}
		if (key.equals("segment")) {
			return segment(c, at);
		}
		return amount(c, at);
	}

	private Rule profile(Map<String, Object> c, String at) {
		known(c, at, "field", "op", "value");
		String name = requiredString(c, "field", at);
		ProfileField field;
		try {
			field = ProfileField.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleError(at + ".field", "unknown profile field " + name + "; expected one of "
					+ List.of(ProfileField.values()));
		}
		Comparison op = comparison(c, at);
		return new Rule.Profile(field, op, value(c.get("value"), field.type(), op, at));
	}

	private Rule attribute(Map<String, Object> c, String at) {
		known(c, at, "name", "op", "value");
		String name = requiredString(c, "name", at);
		ValueType type = this.context.attributes().get(name);
		if (type == null) {
			throw new RuleError(at + ".name", "unknown attribute " + name + "; define it first with defineAttribute");
		}
		Comparison op = comparison(c, at);
		return new Rule.Attribute(name, type, op, value(c.get("value"), type, op, at));
	}

	private Rule event(Map<String, Object> c, String at) {
		known(c, at, "type", "channel", "category", "properties", "window", "count");
		List<Rule.Condition> properties = new ArrayList<>();
		List<Object> items = c.get("properties") == null ? List.of() : list(c.get("properties"), at + ".properties", 0);
		for (int i = 0; i < items.size(); i++) {
			properties.add(condition(object(items.get(i), at + ".properties[" + i + "]"), at + ".properties[" + i + "]"));
		}
		String channel = optionalString(c, "channel", at);
		return new Rule.Event(optionalString(c, "type", at), channel == null ? null : channel.toUpperCase(Locale.ROOT),
				lower(optionalString(c, "category", at)), properties, window(c.get("window"), at + ".window", false),
				range(c.get("count"), at + ".count", Range.atLeast(1)));
	}

	private Rule.Condition condition(Map<String, Object> c, String at) {
		known(c, at, "name", "op", "value");
		String name = requiredString(c, "name", at);
		Comparison op = comparison(c, at);
		Object sample = c.get("value") instanceof List<?> list && !list.isEmpty() ? list.get(0) : c.get("value");
		ValueType type = op == Comparison.EXISTS ? ValueType.STRING : ValueType.of(sample);
		if (type == null) {
			throw new RuleError(at + ".value", "needs a string, number or boolean value");
		}
		return new Rule.Condition(name, type, op, value(c.get("value"), type, op, at));
	}

	private Rule holding(Map<String, Object> c, String at) {
		known(c, at, "products", "categories", "openedWithin", "includeClosed", "balance", "count", "totalBalance");
		Object includeClosed = c.get("includeClosed");
		if (includeClosed != null && !(includeClosed instanceof Boolean)) {
			throw new RuleError(at + ".includeClosed", "must be true or false");
		}
		return new Rule.Holding(upper(strings(c.get("products"), at + ".products")),
				upper(strings(c.get("categories"), at + ".categories")),
				window(c.get("openedWithin"), at + ".openedWithin", false), Boolean.TRUE.equals(includeClosed),
				range(c.get("balance"), at + ".balance", null), range(c.get("count"), at + ".count",
						c.get("totalBalance") == null ? Range.atLeast(1) : null),
				range(c.get("totalBalance"), at + ".totalBalance", null));
	}

	private Rule transactions(Map<String, Object> c, String at) {
		known(c, at, "types", "property", "window", "count", "sum");
		List<String> types = strings(c.get("types"), at + ".types");
		if (types == null || types.isEmpty()) {
			throw new RuleError(at + ".types", "name at least one event type");
		}
		String property = c.get("property") == null ? "amount" : requiredString(c, "property", at);
		Range count = range(c.get("count"), at + ".count", null);
		Range sum = range(c.get("sum"), at + ".sum", null);
		if (count == null && sum == null) {
			throw new RuleError(at, "give count, sum or both");
		}
		return new Rule.Transactions(types, property, window(c.get("window"), at + ".window", true), count, sum);
	}

	private Rule rfm(Map<String, Object> c, String at) {
		known(c, at, "recency", "frequency", "monetary");
		Range r = range(c.get("recency"), at + ".recency", null);
		Range f = range(c.get("frequency"), at + ".frequency", null);
		Range m = range(c.get("monetary"), at + ".monetary", null);
		if (r == null && f == null && m == null) {
			throw new RuleError(at, "give recency, frequency or monetary");
		}
		return new Rule.Rfm(r, f, m);
	}

	private Rule segment(Map<String, Object> c, String at) {
		known(c, at, "id");
		String id = requiredString(c, "id", at);
		if (!this.context.segmentExists().test(id)) {
			throw new RuleError(at + ".id", "unknown segment " + id);
		}
		return new Rule.InSegment(id);
	}

	private Rule amount(Map<String, Object> c, String at) {
		if (!this.context.amountAllowed()) {
			throw new RuleError(at, "amount is only known when quoting a product; it cannot be used in a segment");
		}
		return new Rule.Amount(range(c, at, null));
	}

	private Object value(Object value, ValueType type, Comparison op, String at) {
		String path = at + ".value";
		if (!type.allows(op)) {
			throw new RuleError(at + ".op", op + " does not apply to a " + type + " value");
		}
		if (op == Comparison.EXISTS) {
			if (value != null) {
				throw new RuleError(path, "EXISTS takes no value");
			}
			return null;
		}
		if (op == Comparison.IN || op == Comparison.NOT_IN || op == Comparison.BETWEEN) {
			List<Object> items = list(value, path, 1);
			if (op == Comparison.BETWEEN && items.size() != 2) {
				throw new RuleError(path, "BETWEEN takes a pair [low, high]");
			}
			for (int i = 0; i < items.size(); i++) {
				single(items.get(i), type, path + "[" + i + "]");
			}
			return items.stream().map(v -> normalised(v, type)).toList();
		}
		single(value, type, path);
		return normalised(value, type);
	}

	private void single(Object value, ValueType type, String path) {
		if (value == null || !type.accepts(value)) {
			throw new RuleError(path, "expected a " + type + (type == ValueType.DATE ? " (YYYY-MM-DD)" : "")
					+ " value, got " + describe(value));
		}
		if (value instanceof String s && s.length() > this.context.limits().maxStringLength()) {
			throw new RuleError(path, "value longer than " + this.context.limits().maxStringLength() + " characters");
		}
	}

	private static Object normalised(Object value, ValueType type) {
		if (type == ValueType.STRING) {
			return ((String) value).toLowerCase(Locale.ROOT);
		}
		if (type == ValueType.NUMBER) {
			return ((Number) value).doubleValue();
		}
		return value;
	}

	private Window window(Object value, String at, boolean required) {
		if (value == null) {
			if (required) {
				throw new RuleError(at, "a window is required");
			}
			return null;
		}
		Map<String, Object> w = object(value, at);
		known(w, at, "last", "unit");
		if (!(w.get("last") instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1) {
			throw new RuleError(at + ".last", "must be a whole number of at least 1");
		}
		Window.Unit unit;
		try {
			unit = Window.Unit.valueOf(String.valueOf(w.get("unit")));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleError(at + ".unit", "expected one of " + List.of(Window.Unit.values()));
		}
		Window window = new Window(n.intValue(), unit);
		if (window.days() > this.context.limits().maxWindowDays()) {
			throw new RuleError(at, "window too large: " + window + " is over the limit of "
					+ this.context.limits().maxWindowDays() + " days");
		}
		return window;
	}

	private Range range(Object value, String at, Range otherwise) {
		if (value == null) {
			return otherwise;
		}
		Map<String, Object> r = object(value, at);
		known(r, at, "gt", "gte", "lt", "lte");
		Range range = new Range(number(r, "gt", at), number(r, "gte", at), number(r, "lt", at), number(r, "lte", at));
		if (range.isEmpty()) {
			throw new RuleError(at, "give at least one bound (gt, gte, lt, lte)");
		}
		if ((range.gt() != null && range.gte() != null) || (range.lt() != null && range.lte() != null)) {
			throw new RuleError(at, "give one lower bound (gt or gte) and one upper bound (lt or lte)");
		}
		Double low = range.gt() != null ? range.gt() : range.gte();
		Double high = range.lt() != null ? range.lt() : range.lte();
		if (low != null && high != null && low > high) {
			throw new RuleError(at, "empty range: lower bound " + low + " is above upper bound " + high);
		}
		return range;
	}

	private static Double number(Map<String, Object> map, String key, String at) {
		Object v = map.get(key);
		if (v == null) {
			return null;
		}
		if (!(v instanceof Number n)) {
			throw new RuleError(at + "." + key, "expected a number, got " + describe(v));
		}
		return n.doubleValue();
	}

	private static Comparison comparison(Map<String, Object> c, String at) {
		Object op = c.get("op");
		try {
			return Comparison.valueOf(String.valueOf(op));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleError(at + ".op", "unknown comparison " + op + "; expected one of " + List.of(Comparison.values()));
		}
	}

	private List<String> strings(Object value, String at) {
		if (value == null) {
			return null;
		}
		List<Object> items = list(value, at, 1);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof String s) || s.isBlank()) {
				throw new RuleError(at + "[" + i + "]", "expected a non-empty string");
			}
			checkLength(s, at + "[" + i + "]");
			out.add(s);
		}
		return out;
	}

	private String requiredString(Map<String, Object> c, String key, String at) {
		String s = optionalString(c, key, at);
		if (s == null) {
			throw new RuleError(at + "." + key, "is required");
		}
		return s;
	}

	private String optionalString(Map<String, Object> c, String key, String at) {
		Object v = c.get(key);
		if (v == null) {
			return null;
		}
		if (!(v instanceof String s) || s.isBlank()) {
			throw new RuleError(at + "." + key, "expected a non-empty string, got " + describe(v));
		}
		checkLength(s, at + "." + key);
		return s;
	}

	private void checkLength(String s, String at) {
		if (s.length() > this.context.limits().maxStringLength()) {
			throw new RuleError(at, "longer than " + this.context.limits().maxStringLength() + " characters");
		}
	}

	@SuppressWarnings("unchecked")
	private List<Object> list(Object value, String at, int min) {
		if (!(value instanceof List<?> list)) {
			throw new RuleError(at, "expected a list, got " + describe(value));
		}
		if (list.size() < min) {
			throw new RuleError(at, "needs at least " + min + " item" + (min == 1 ? "" : "s"));
		}
		if (list.size() > this.context.limits().maxListSize()) {
			throw new RuleError(at, "too many items: " + list.size() + ", the limit is " + this.context.limits().maxListSize());
		}
		return (List<Object>) list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String at) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new RuleError(at, "expected an object, got " + describe(value));
		}
		return (Map<String, Object>) map;
	}

	private static void known(Map<String, Object> map, String at, String... keys) {
		Set<String> allowed = Set.of(keys);
		for (String key : map.keySet()) {
			if (!allowed.contains(key)) {
				throw new RuleError(at + "." + key, "unknown field; expected one of " + List.of(keys));
			}
		}
	}

	private static List<String> upper(List<String> values) {
		return values == null ? null : values.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
	}

	private static String lower(String s) {
		return s == null ? null : s.toLowerCase(Locale.ROOT);
	}

	private static String describe(Object value) {
		if (value == null) {
			return "nothing";
		}
		if (value instanceof Map) {
			return "an object";
		}
		if (value instanceof List) {
			return "a list";
		}
		ValueType type = ValueType.of(value);
		return type == null ? value.getClass().getSimpleName() : "a " + type + " (" + value + ")";
	}

}
