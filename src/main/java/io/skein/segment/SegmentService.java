package io.skein.segment;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.skein.customer.CustomerViews;
import io.skein.graphql.InvalidInputException;
import io.skein.segment.rule.Rule;
import io.skein.segment.rule.RuleCompiler;
import io.skein.segment.rule.SetCompiler;

import org.springframework.stereotype.Service;

/**
 * Creates and reads segments and audiences. A new segment's rule is checked (errors name the path, e.g.
 * {@code input.rule.and[1].event.window}) and its members computed before it is returned. An audience is
 * stored as a segment whose rule is membership of personas combined with and / or / not.
 */
@Service
public class SegmentService {

	private final SegmentRepository segments;

	private final Rules rules;

	private final MembershipEvaluator evaluator;

	private final Clock clock;

	private final CustomerViews views;

	SegmentService(SegmentRepository segments, Rules rules, MembershipEvaluator evaluator, Clock clock,
			CustomerViews views) {
		this.views = views;
		this.segments = segments;
		this.rules = rules;
		this.evaluator = evaluator;
		this.clock = clock;
	}

	/** Creates a segment from its GraphQL input ({@code name, description, persona, rule}). */
	public Segment create(Map<String, Object> input) {
		return create(null, input, false);
	}

	/** Creates a segment with the given id (shipped segments); a null id is derived from the name. */
	Segment create(String id, Map<String, Object> input, boolean shipped) {
		String name = name(input.get("name"));
		Rule rule = this.rules.segmentRule(input.get("rule"), "input.rule");
		@SuppressWarnings("unchecked")
		Map<String, Object> ruleJson = (Map<String, Object>) input.get("rule");
		Segment segment = new Segment(id != null ? id : freeId("seg-", name), name, description(input.get("description")),
				Segment.SEGMENT, Boolean.TRUE.equals(input.get("persona")), ruleJson, null,
				List.copyOf(RuleCompiler.compile(rule, this.clock.instant()).segments()), this.clock.instant());
		this.segments.create(segment, shipped);
		this.evaluator.evaluateSegment(segment);
		return segment;
	}

	/** Creates an audience from {@code name, description, expression}. */
	@SuppressWarnings("unchecked")
	public Segment createAudience(Map<String, Object> input) {
		String name = name(input.get("name"));
		Map<String, Object> expression = (Map<String, Object>) input.get("expression");
		Map<String, Object> ruleJson = AudienceExpression.toRule(expression, "input.expression", this::isPersona);
		Rule rule = this.rules.segmentRule(ruleJson, "input.expression");
		Segment audience = new Segment(freeId("aud-", name), name, description(input.get("description")), Segment.AUDIENCE,
				false, ruleJson, expression, List.copyOf(RuleCompiler.compile(rule, this.clock.instant()).segments()),
				this.clock.instant());
		this.segments.create(audience, false);
		this.evaluator.evaluateSegment(audience);
		return audience;
	}

	/** How many active customers the rule matches now. */
	public long preview(Object rule) {
		RuleCompiler compiler = new RuleCompiler(this.clock.instant(), "rule");
		String matching = new SetCompiler(compiler).matching(this.rules.segmentRule(rule, "rule"));
		return this.segments.countMatching(matching, compiler.parameters());
	}

	public Optional<Segment> get(String id) {
		return this.segments.byIds(List.of(id)).stream().findFirst();
	}

	public List<Segment> all(String kind) {
		return this.segments.all().stream().filter(s -> s.kind().equals(kind)).toList();
	}

	public Map<String, Long> counts(List<String> ids) {
		return this.segments.counts(ids);
	}

	public List<SegmentMember> members(String segmentId, String afterCustomerId, int limit) {
		return this.segments.members(segmentId, afterCustomerId, limit);
	}

	public List<SegmentEvent> history(String segmentId, int limit) {
		return this.segments.history(segmentId, limit);
	}

	public Map<String, List<SegmentMembership>> memberships(List<String> customerIds) {
		return this.views.read(customerIds, SegmentViewPart.FIELD);
	}

	public List<Segment> byIds(List<String> ids) {
		return this.segments.byIds(ids);
	}

	private boolean isPersona(String id) {
		return get(id).map(Segment::persona).orElse(false);
	}

	private String name(Object value) {
		if (!(value instanceof String s) || s.isBlank() || s.strip().length() > 100) {
			throw new InvalidInputException("input.name", "a name of 1 to 100 characters is required");
		}
		if (this.segments.nameTaken(s.strip())) {
			throw new InvalidInputException("input.name", "a segment or audience named " + s.strip() + " exists");
		}
		return s.strip();
	}

	private static String description(Object value) {
		if (value != null && (!(value instanceof String s) || s.length() > 1000)) {
			throw new InvalidInputException("input.description", "at most 1000 characters");
		}
		return (String) value;
	}

	private String freeId(String prefix, String name) {
		String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		String base = prefix + (slug.isEmpty() ? "segment" : slug);
		List<String> taken = new ArrayList<>();
		this.segments.all().forEach(s -> taken.add(s.id()));
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}


}
