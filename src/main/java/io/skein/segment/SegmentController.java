package io.skein.segment;

import java.util.List;
import java.util.Map;

import io.skein.segment.rule.ValueType;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Queries and mutations of {@code segment.graphqls}; fields of the types are in {@link SegmentFieldsController}. */
@Controller
class SegmentController {

	private final SegmentService segments;

	private final AttributeCatalogue attributes;

	private final MembershipEvaluator evaluator;

	private final SegmentMaintenance maintenance;

	SegmentController(SegmentService segments, AttributeCatalogue attributes, MembershipEvaluator evaluator,
			SegmentMaintenance maintenance) {
		this.segments = segments;
		this.attributes = attributes;
		this.evaluator = evaluator;
		this.maintenance = maintenance;
	}

	@QueryMapping
	Segment segment(@Argument String id) {
		return this.segments.get(id).filter(s -> s.kind().equals(Segment.SEGMENT)).orElse(null);
	}

	@QueryMapping
	List<Segment> segments(@Argument Boolean personasOnly) {
		return this.segments.all(Segment.SEGMENT).stream().filter(s -> !Boolean.TRUE.equals(personasOnly) || s.persona()).toList();
	}

	@QueryMapping
	Segment audience(@Argument String id) {
		return this.segments.get(id).filter(s -> s.kind().equals(Segment.AUDIENCE)).orElse(null);
	}

	@QueryMapping
	List<Segment> audiences() {
		return this.segments.all(Segment.AUDIENCE);
	}

	@QueryMapping
	List<AttributeDefinition> attributeDefinitions() {
		return this.attributes.all();
	}

	@QueryMapping
	long previewRule(@Argument Map<String, Object> rule) {
		return this.segments.preview(rule);
	}

	@MutationMapping
	AttributeDefinition defineAttribute(@Argument String name, @Argument ValueType type) {
		return this.attributes.define(name, type);
	}

	@MutationMapping
	Segment createSegment(@Argument Map<String, Object> input) {
		return this.segments.create(input);
	}

	@MutationMapping
	Segment createAudience(@Argument Map<String, Object> input) {
		return this.segments.createAudience(input);
	}

	@MutationMapping
	MembershipEvaluator.Outcome recheckSegments() {
		return this.evaluator.recheckAll();
	}

	@MutationMapping
	MembershipEvaluator.Outcome recomputeRfm() {
		return this.maintenance.run();
	}

}
