package io.skein.segment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.skein.graphql.InvalidInputException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Fields of Segment and Audience (counts batched, members paged by customer id), of SegmentMembership, and
 * {@code Customer.segments}, batched over a page of customers in one query.
 */
@Controller
class SegmentFieldsController {

	private final SegmentService segments;

	SegmentFieldsController(SegmentService segments) {
		this.segments = segments;
	}

	record PageInfo(boolean hasNextPage, String endCursor) {
	}

	record MemberEdge(String cursor, SegmentMember node) {
	}

	record MemberConnection(List<MemberEdge> edges, PageInfo pageInfo, long totalCount) {
	}

	@BatchMapping(typeName = "Segment", field = "count")
	Map<Segment, Long> segmentCount(List<Segment> segments) {
		return counts(segments);
	}

	@BatchMapping(typeName = "Audience", field = "count")
	Map<Segment, Long> audienceCount(List<Segment> audiences) {
		return counts(audiences);
	}

	@SchemaMapping(typeName = "Segment", field = "members")
	MemberConnection segmentMembers(Segment segment, @Argument Integer first, @Argument String after) {
		return members(segment, first, after);
	}

	@SchemaMapping(typeName = "Audience", field = "members")
	MemberConnection audienceMembers(Segment audience, @Argument Integer first, @Argument String after) {
		return members(audience, first, after);
	}

	@SchemaMapping(typeName = "Segment", field = "history")
	List<SegmentEvent> segmentHistory(Segment segment, @Argument Integer first) {
		return this.segments.history(segment.id(), limit(first));
	}

	@SchemaMapping(typeName = "Audience", field = "history")
	List<SegmentEvent> audienceHistory(Segment audience, @Argument Integer first) {
		return this.segments.history(audience.id(), limit(first));
	}

	/** {@code Customer.segments}: the parent is whatever the customer module returns, read through its {@code id}. */
	@BatchMapping(typeName = "Customer", field = "segments")
	Map<Object, List<SegmentMembership>> customerSegments(List<Object> customers) {
		Map<String, List<SegmentMembership>> byId = this.segments
			.memberships(customers.stream().map(CustomerIds::of).distinct().toList());
		Map<Object, List<SegmentMembership>> out = new LinkedHashMap<>();
		customers.forEach(c -> out.put(c, byId.getOrDefault(CustomerIds.of(c), List.of())));
		return out;
	}

	private Map<Segment, Long> counts(List<Segment> segments) {
		Map<String, Long> counts = this.segments.counts(segments.stream().map(Segment::id).toList());
		Map<Segment, Long> out = new LinkedHashMap<>();
		segments.forEach(s -> out.put(s, counts.getOrDefault(s.id(), 0L)));
		return out;
	}

	private MemberConnection members(Segment segment, Integer first, String after) {
		int limit = limit(first);
		String afterId = after == null ? null : decode(after);
		List<SegmentMember> page = this.segments.members(segment.id(), afterId, limit + 1);
		boolean more = page.size() > limit;
		List<MemberEdge> edges = page.stream().limit(limit).map(m -> new MemberEdge(encode(m.customerId()), m)).toList();
		long total = this.segments.counts(List.of(segment.id())).getOrDefault(segment.id(), 0L);
		return new MemberConnection(edges, new PageInfo(more, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
				total);
	}

	private static int limit(Integer given) {
		int first = given == null ? 50 : given;
		if (first < 1 || first > 500) {
			throw new InvalidInputException("first", "must be from 1 to 500");
		}
		return first;
	}

	private static String encode(String customerId) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("member:" + customerId).getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("member:")) {
				return text.substring("member:".length());
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new InvalidInputException("after", "not a cursor from this connection");
	}

}
