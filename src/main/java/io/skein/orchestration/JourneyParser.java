package io.skein.orchestration;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.skein.consent.ConsentPurpose;
import io.skein.graphql.InvalidInputException;
import io.skein.journey.DropOffKind;
import io.skein.purpose.PurposeStage;
import io.skein.purpose.PurposeType;
import io.skein.segment.rule.RuleError;
import io.skein.segment.rule.RuleParser;
import io.skein.segment.rule.ValueType;

/**
 * Reads a journey definition from its GraphQL input (or the same shape stored as JSON) and checks it: the
 * fields of each trigger and step kind, segments, attributes, products and tokens that exist, branch rules
 * in the segment rule language, and the step graph ({@link StepGraph}). Every error is an
 * {@link InvalidInputException} naming its path, e.g. {@code steps[2].template}.
 */
public final class JourneyParser {

	static final int MAX_STEPS = 100;

	static final int MAX_TEXT = 2000;

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

	private static final Set<String> TOP = Set.of("key", "name", "description", "trigger", "steps", "holdoutShare",
			"contactPurpose");

	/** At most half the customers of a journey may be held out. */
	static final double MAX_HOLDOUT = 0.5;

	private static final Map<String, Set<String>> TRIGGER_FIELDS = Map.of("SEGMENT_ENTRY", Set.of("segment"), "EVENT",
			Set.of("eventType", "properties"), "DROP_OFF", Set.of("dropOff"), "PURPOSE_STAGE", Set.of("purpose", "stage"),
			"DATE_ATTRIBUTE", Set.of("attribute", "offset"));

	private static final Map<String, Set<String>> STEP_FIELDS = Map.of("BRANCH", Set.of("branches"), "WAIT",
			Set.of("duration", "untilEvent", "timeout", "onTimeout"), "RECOMMEND", Set.of("category", "purpose"), "SEND",
			Set.of("channel", "subject", "template", "fallback", "atBestHour"), "UPDATE_ATTRIBUTE", Set.of("attribute", "value"),
			"EXIT_ON_GOAL", Set.of("goalEvent", "goalProduct"));

	private final JourneyContext context;

	private JourneyParser(JourneyContext context) {
		this.context = context;
	}

	/**
	 * Parses and checks {@code input}; throws {@link InvalidInputException} naming the first problem found,
	 * under {@code root} (the GraphQL argument, e.g. {@code definition.steps[2].template}; empty: none).
	 */
	public static JourneyDefinition parse(Map<String, Object> input, String root, JourneyContext context) {
		try {
			return new JourneyParser(context).definition(input);
		}
		catch (InvalidInputException ex) {
			throw root.isEmpty() ? ex : new InvalidInputException(root + "." + ex.field(), ex.getMessage());
		}
	}

	private JourneyDefinition definition(Map<String, Object> in) {
		known(in, "", TOP);
		String key = string(in, "key", "");
		if (!KEY.matcher(key).matches()) {
			throw new InvalidInputException("key", "a key is 1 to 64 lowercase letters, digits and dashes, e.g. one-time-user");
		}
		String name = string(in, "name", "");
		String description = optional(in, "description", "");
		Trigger trigger = trigger(object(in.get("trigger"), "trigger"));
		List<Object> items = list(in.get("steps"), "steps");
		if (items.isEmpty() || items.size() > MAX_STEPS) {
			throw new InvalidInputException("steps", "a journey has 1 to " + MAX_STEPS + " steps");
		}
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			steps.add(step(object(items.get(i), "steps[" + i + "]"), "steps[" + i + "]"));
		}
		StepGraph.check(steps);
		return new JourneyDefinition(key, name, description, trigger, List.copyOf(steps), holdoutShare(in.get("holdoutShare")),
				contactPurpose(optional(in, "contactPurpose", ""), trigger));
	}

	private static double holdoutShare(Object value) {
		if (value == null) {
			return 0;
		}
		if (!(value instanceof Number share) || share.doubleValue() < 0 || share.doubleValue() > MAX_HOLDOUT) {
			throw new InvalidInputException("holdoutShare", "a control share is a number from 0 to " + MAX_HOLDOUT
					+ ", e.g. 0.1 for 10%");
		}
		return share.doubleValue();
	}

	/** As given, else REMINDERS for a date-attribute journey (a due date is a reminder) and MARKETING otherwise. */
	private static ConsentPurpose contactPurpose(String given, Trigger trigger) {
		if (given != null) {
			return named(ConsentPurpose.class, given, "contactPurpose");
		}
		return trigger instanceof Trigger.DateAttribute ? ConsentPurpose.REMINDERS : ConsentPurpose.MARKETING;
	}

	private Trigger trigger(Map<String, Object> in) {
		String kind = kind(in, "trigger", TRIGGER_FIELDS);
		return switch (kind) {
			case "SEGMENT_ENTRY" -> {
				String segment = string(in, "segment", "trigger");
				if (!this.context.rules().segmentExists().test(segment)) {
					throw new InvalidInputException("trigger.segment", "unknown segment " + segment);
				}
				yield new Trigger.SegmentEntry(segment);
			}
			case "EVENT" -> event(in);
			case "DROP_OFF" -> new Trigger.DropOff(named(DropOffKind.class, string(in, "dropOff", "trigger"), "trigger.dropOff"));
			case "PURPOSE_STAGE" -> new Trigger.PurposeStageReached(
					named(PurposeType.class, string(in, "purpose", "trigger"), "trigger.purpose"),
					named(PurposeStage.class, string(in, "stage", "trigger"), "trigger.stage"));
			default -> {
				String attribute = string(in, "attribute", "trigger");
				if (this.context.rules().attributes().get(attribute) != ValueType.DATE) {
					throw new InvalidInputException("trigger.attribute", "needs a custom attribute of type DATE; "
							+ attribute + (this.context.rules().attributes().containsKey(attribute) ? " is "
									+ this.context.rules().attributes().get(attribute) : " is not defined"));
				}
				Duration offset = duration(string(in, "offset", "trigger"), "trigger.offset", true);
				if (offset.toSeconds() % 86_400 != 0) {
					throw new InvalidInputException("trigger.offset", "a date offset is whole days, e.g. -P3D or P1D");
				}
				yield new Trigger.DateAttribute(attribute, offset);
			}
		};
	}

	@SuppressWarnings("unchecked")
	private Trigger event(Map<String, Object> in) {
		String type = eventType(string(in, "eventType", "trigger"), "trigger.eventType");
		List<Object> properties = in.get("properties") == null ? List.of() : list(in.get("properties"), "trigger.properties");
		Map<String, Object> rule = Map.of("event", Map.of("type", type, "properties", properties));
		try {
			RuleParser.parse(rule, "trigger", this.context.rules());
		}
		catch (RuleError ex) {
			throw new InvalidInputException(ex.path().replace("trigger.event.", "trigger."), ex.getMessage());
		}
		return new Trigger.Event(type, properties.stream().map(p -> (Map<String, Object>) p).toList());
	}

	private Step step(Map<String, Object> in, String at) {
		String kind = kind(in, at, STEP_FIELDS);
		String id = string(in, "id", at);
		if (!STEP_ID.matcher(id).matches()) {
			throw new InvalidInputException(at + ".id", "a step id is 1 to 40 letters, digits, _ or -");
		}
		String next = optional(in, "next", at);
		return switch (kind) {
			case "BRANCH" -> branch(in, at, id, next);
			case "WAIT" -> waitStep(in, at, id, next);
			case "RECOMMEND" -> {
				String category = optional(in, "category", at);
				String purpose = optional(in, "purpose", at);
				oneOf(at, "category", category, "purpose", purpose);
				if (category != null && !this.context.categories().contains(category)) {
					throw new InvalidInputException(at + ".category", "unknown product category " + category
							+ "; expected one of " + new TreeSet<>(this.context.categories()));
				}
				yield new Step.Recommend(id, category,
						purpose == null ? null : named(PurposeType.class, purpose, at + ".purpose"), next);
			}
			case "SEND" -> new Step.Send(id, named(Step.Channel.class, string(in, "channel", at), at + ".channel"),
					template(optional(in, "subject", at), at + ".subject"), template(string(in, "template", at), at + ".template"),
					optional(in, "fallback", at), flag(in, "atBestHour", at), next);
			case "UPDATE_ATTRIBUTE" -> {
				String attribute = string(in, "attribute", at);
				ValueType type = this.context.rules().attributes().get(attribute);
				if (type == null) {
					throw new InvalidInputException(at + ".attribute", "unknown attribute " + attribute + "; define it first with defineAttribute");
				}
				if (in.get("value") == null || !type.accepts(in.get("value"))) {
					throw new InvalidInputException(at + ".value", "needs a " + type + " value for " + attribute);
				}
				yield new Step.UpdateAttribute(id, attribute, in.get("value"), next);
			}
			default -> {
				String event = optional(in, "goalEvent", at);
				String product = optional(in, "goalProduct", at);
				oneOf(at, "goalEvent", event, "goalProduct", product);
				if (event != null) {
					eventType(event, at + ".goalEvent");
				}
				if (product != null && !this.context.productCodes().contains(product)) {
					throw new InvalidInputException(at + ".goalProduct", "unknown product " + product);
				}
				yield new Step.ExitOnGoal(id, event, product, next);
			}
		};
	}

	private Step branch(Map<String, Object> in, String at, String id, String next) {
		List<Object> items = list(in.get("branches"), at + ".branches");
		if (items.isEmpty()) {
			throw new InvalidInputException(at + ".branches", "a BRANCH needs at least one branch");
		}
		List<Step.Branch.Arm> arms = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String armAt = at + ".branches[" + i + "]";
			Map<String, Object> arm = object(items.get(i), armAt);
			known(arm, armAt, Set.of("when", "next"));
			if (arm.get("when") == null) {
				throw new InvalidInputException(armAt + ".when", "a branch needs a rule");
			}
			try {
				RuleParser.parse(arm.get("when"), armAt + ".when", this.context.rules());
			}
			catch (RuleError ex) {
				throw new InvalidInputException(ex.path(), ex.getMessage());
			}
			arms.add(new Step.Branch.Arm(arm.get("when"), optional(arm, "next", armAt)));
		}
		return new Step.Branch(id, List.copyOf(arms), next);
	}

	private Step waitStep(Map<String, Object> in, String at, String id, String next) {
		String duration = optional(in, "duration", at);
		String until = optional(in, "untilEvent", at);
		oneOf(at, "duration", duration, "untilEvent", until);
		String timeout = optional(in, "timeout", at);
		String onTimeout = optional(in, "onTimeout", at);
		if (duration != null && (timeout != null || onTimeout != null)) {
			throw new InvalidInputException(at + (timeout != null ? ".timeout" : ".onTimeout"),
					"only a wait untilEvent has a timeout");
		}
		if (until != null && timeout == null) {
			throw new InvalidInputException(at + ".timeout", "a wait untilEvent needs a timeout, e.g. P3D");
		}
		return new Step.Wait(id, duration == null ? null : duration(duration, at + ".duration", false),
				until == null ? null : eventType(until, at + ".untilEvent"),
				timeout == null ? null : duration(timeout, at + ".timeout", false), onTimeout, next);
	}

	private Template template(String text, String at) {
		if (text == null) {
			return null;
		}
		if (text.isBlank()) {
			throw new InvalidInputException(at, "must not be blank");
		}
		try {
			return Tokens.parse(text, this.context.rules().attributes()::containsKey);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(at, ex.getMessage());
		}
	}

	private static String kind(Map<String, Object> in, String at, Map<String, Set<String>> fieldsByKind) {
		String kind = string(in, "kind", at);
		Set<String> fields = fieldsByKind.get(kind);
		if (fields == null) {
			throw new InvalidInputException(path(at, "kind"), "unknown kind " + kind + "; expected one of "
					+ new TreeSet<>(fieldsByKind.keySet()));
		}
		Set<String> allowed = new LinkedHashSet<>(fields);
		allowed.add("kind");
		if (fieldsByKind == STEP_FIELDS) {
			allowed.addAll(List.of("id", "next"));
		}
		in.forEach((key, value) -> {
			if (value != null && !allowed.contains(key)) {
				throw new InvalidInputException(path(at, key), "not a field of a " + kind + (fieldsByKind == STEP_FIELDS
						? " step" : " trigger") + "; it has " + allowed);
			}
		});
		return kind;
	}

	private static void oneOf(String at, String a, Object aValue, String b, Object bValue) {
		if ((aValue == null) == (bValue == null)) {
			throw new InvalidInputException(at, "give exactly one of " + a + " and " + b);
		}
	}

	private static String eventType(String type, String at) {
		if (!EVENT_TYPE.matcher(type).matches()) {
			throw new InvalidInputException(at, "an event type is a letter then up to 99 letters, digits, _ . or -");
		}
		return type;
	}

	private static Duration duration(String text, String at, boolean signed) {
		Duration d;
		try {
			d = Duration.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(at, "not an ISO-8601 duration: " + text + " (e.g. P3D, PT12H)");
		}
		if (!signed && (d.isNegative() || d.isZero())) {
			throw new InvalidInputException(at, "must be positive");
		}
		if (d.abs().compareTo(Duration.ofDays(5 * 366)) > 0) {
			throw new InvalidInputException(at, "at most five years");
		}
		return d;
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name, String at) {
		try {
			return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(at, "unknown value " + name + "; expected one of " + List.of(type.getEnumConstants()));
		}
	}

	private static void known(Map<String, Object> in, String at, Set<String> fields) {
		for (String key : in.keySet()) {
			if (!fields.contains(key)) {
				throw new InvalidInputException(path(at, key), "unknown field; expected one of " + new TreeSet<>(fields));
			}
		}
	}

	private static String string(Map<String, Object> in, String field, String at) {
		String value = optional(in, field, at);
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(path(at, field), "required");
		}
		return value;
	}

	/** An optional boolean field: absent or null is false. */
	private static boolean flag(Map<String, Object> in, String field, String at) {
		Object value = in.get(field);
		if (value != null && !(value instanceof Boolean)) {
			throw new InvalidInputException(at + "." + field, "must be true or false");
		}
		return Boolean.TRUE.equals(value);
	}

	private static String optional(Map<String, Object> in, String field, String at) {
		Object value = in.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw new InvalidInputException(path(at, field), "must be a string");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException(path(at, field), "at most " + MAX_TEXT + " characters");
		}
		return text;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String at) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidInputException(at, value == null ? "required" : "must be an object");
		}
		return (Map<String, Object>) map;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value, String at) {
		if (!(value instanceof List<?> list)) {
			throw new InvalidInputException(at, value == null ? "required" : "must be a list");
		}
		return (List<Object>) list;
	}

	private static String path(String at, String field) {
		return at.isEmpty() ? field : at + "." + field;
	}

}
