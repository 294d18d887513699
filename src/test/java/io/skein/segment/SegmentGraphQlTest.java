package io.skein.segment;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.skein.graph.Graph;
import io.skein.support.GraphProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL contract: custom attributes, rule errors with their path, injection attempts, paging, Customer.segments. */
class SegmentGraphQlTest extends SegmentTestSupport {

	static final String CREATE = """
			mutation($input: SegmentInput!) { createSegment(input: $input) { id name count rule } }""";

	static final String DEFINE = """
			mutation($name: String!, $type: AttributeType!) { defineAttribute(name: $name, type: $type) { name type } }""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphProbe probe;

	@Autowired
	Graph graph;

	@Autowired
	SegmentFieldsController fields;

	@Test
	void aCustomAttributeIsUsableAsSoonAsItIsDefinedAndTypeChecked() {
		record("crm", "S1", Map.of("firstName", "Tall", "attributes", Map.of("shoeSize", 44)));
		record("crm", "S2", Map.of("firstName", "Small", "attributes", Map.of("shoeSize", 38)));
		record("crm", "S3", Map.of("firstName", "Odd", "attributes", Map.of("shoeSize", "big")));
		Map<String, Object> rule = Map.of("attribute", Map.of("name", "shoeSize", "op", "GTE", "value", 42));

		expectError(CREATE, Map.of("input", Map.of("name", "Big feet", "rule", rule)), "input.rule.attribute.name",
				"unknown attribute shoeSize");

		this.graphQl.document(DEFINE).variable("name", "shoeSize").variable("type", "NUMBER").execute()
			.path("defineAttribute.type").entity(String.class).isEqualTo("NUMBER");
		this.graphQl.document(CREATE).variable("input", Map.of("name", "Big feet", "rule", rule)).execute()
			.path("createSegment.count").entity(Integer.class).isEqualTo(1);

		expectError(CREATE, Map.of("input", Map.of("name", "Wrong", "rule",
				Map.of("attribute", Map.of("name", "shoeSize", "op", "EQ", "value", "large")))),
				"input.rule.attribute.value", "expected a NUMBER");
		expectError(DEFINE, Map.of("name", "shoeSize", "type", "STRING"), "type", "already defined as NUMBER");
		expectError(DEFINE, Map.of("name", "x') DETACH DELETE n //", "type", "STRING"), "name", "an attribute name");
	}

	@Test
	void ruleErrorsNameTheirPath() {
		Map<String, Object> rule = Map.of("and", List.of(Map.of("profile", Map.of("field", "CITY", "op", "EQ", "value", "Pune")),
				Map.of("event", Map.of("type", "Page_viewed", "window", Map.of("last", 10, "unit", "YEARS")))));
		expectError(CREATE, Map.of("input", Map.of("name", "Too long ago", "rule", rule)), "input.rule.and[1].event.window",
				"window too large");
		expectError(CREATE, Map.of("input", Map.of("name", "Both", "rule", Map.of("not", Map.of("profile",
				Map.of("field", "CITY", "op", "EQ", "value", "Pune"), "rfm", Map.of("recency", Map.of("gte", 1)))))),
				"input.rule.not", "exactly one");
		expectError(CREATE, Map.of("input", Map.of("name", "Unknown", "rule", Map.of("segment", Map.of("id", "nope")))),
				"input.rule.segment.id", "unknown segment");
		expectError(CREATE, Map.of("input", Map.of("name", "Amount", "rule", Map.of("amount", Map.of("gt", 1)))),
				"input.rule.amount", "only known when quoting");
	}

	@Test
	void injectionAttemptsInEveryStringFieldAreOnlyData() {
		this.graphQl.document(DEFINE).variable("name", "nickname").variable("type", "STRING").execute();
		String other = this.graphQl.document(CREATE)
			.variable("input", Map.of("name", "Anything", "rule", Map.of("profile", Map.of("field", "SOURCE", "op", "EXISTS"))))
			.execute().path("createSegment.id").entity(String.class).get();
		for (String evil : InjectionStrings.ALL) {
			record("crm", "victim-" + evil.hashCode(), Map.of("firstName", "Victim", "email", "v" + Math.abs(evil.hashCode()) + "@example.in"));
		}
		String literal = record("crm", "literal", Map.of("firstName", "Literal", "email", "literal@example.in",
				"address", Map.of("city", InjectionStrings.ALL.get(0))));
		Map<String, Long> before = withoutSegments(this.probe.summary());

		for (String evil : InjectionStrings.ALL) {
			Map<String, Object> rule = InjectionStrings.ruleUsingEverywhere(evil);
			expectError(CREATE, Map.of("input", Map.of("name", "Evil " + evil.hashCode(), "rule", rule)), null, null);

			Map<String, Object> runnable = replaceNames(rule, other);
			Integer count = this.graphQl.document(CREATE)
				.variable("input", Map.of("name", evil, "description", evil, "rule", runnable))
				.execute()
				.path("createSegment.count").entity(Integer.class).get();
			assertThat(count).as("only the customer whose city is literally the text: " + evil)
				.isEqualTo(evil.equals(InjectionStrings.ALL.get(0)) ? 1 : 0);
		}

		assertThat(withoutSegments(this.probe.summary())).isEqualTo(before);
		assertThat(this.probe.activeCustomers()).isEqualTo(InjectionStrings.ALL.size() + 1);
		assertThat(this.fields.customerSegments(List.of(new CustomerView(literal))).get(new CustomerView(literal)))
			.extracting(SegmentMembership::segmentId).hasSize(2);
	}

	@Test
	void membersArePagedAndCustomerSegmentsAreBatched() {
		String a = record("crm", "P1", Map.of("firstName", "Ann", "email", "ann@example.in", "address", Map.of("city", "Pune")));
		String b = record("crm", "P2", Map.of("firstName", "Bob", "email", "bob@example.in", "address", Map.of("city", "PUNE")));
		String c = record("crm", "P3", Map.of("firstName", "Cy", "email", "cy@example.in", "address", Map.of("city", "Delhi")));
		String pune = this.graphQl.document(CREATE).variable("input", Map.of("name", "Pune", "rule",
				Map.of("profile", Map.of("field", "CITY", "op", "EQ", "value", "pune")))).execute()
			.path("createSegment.id").entity(String.class).get();
		event("e-1", "Page_viewed", "cy@example.in", NOW.minus(1, ChronoUnit.DAYS), Map.of());
		String query = """
				query($id: ID!, $after: String) { segment(id: $id) { count members(first: 1, after: $after) {
				  totalCount edges { cursor node { customerId } } pageInfo { hasNextPage endCursor } } history { type customerId memberCount } } }""";

		GraphQlTester.Response first = this.graphQl.document(query).variable("id", pune).execute();
		first.path("segment.count").entity(Integer.class).isEqualTo(2);
		first.path("segment.members.totalCount").entity(Integer.class).isEqualTo(2);
		first.path("segment.members.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("segment.history[*].type").entityList(String.class).containsExactly("CREATED");
		first.path("segment.history[0].memberCount").entity(Integer.class).isEqualTo(2);
		first.path("segment.history[0].customerId").valueIsNull();
		String cursor = first.path("segment.members.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = this.graphQl.document(query).variable("id", pune).variable("after", cursor).execute();
		second.path("segment.members.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> ids = List.of(first.path("segment.members.edges[0].node.customerId").entity(String.class).get(),
				second.path("segment.members.edges[0].node.customerId").entity(String.class).get());
		assertThat(ids).containsExactlyInAnyOrder(a, b);

		long queries = this.graph.queriesRun();
		Map<Object, List<SegmentMembership>> batch = this.fields
			.customerSegments(List.of(new CustomerView(a), new CustomerView(b), new CustomerView(c)));
		assertThat(this.graph.queriesRun() - queries).as("one query for the page").isEqualTo(1);
		assertThat(batch.get(new CustomerView(a))).extracting(SegmentMembership::segmentId).containsExactly(pune);
		assertThat(batch.get(new CustomerView(c))).isEmpty();
	}

	/** Stands in for the customer module's Customer parent object, which has an id() accessor. */
	record CustomerView(String id) {
	}

	private void expectError(String document, Map<String, Object> variables, String field, String message) {
		GraphQlTester.Request<?> request = this.graphQl.document(document);
		variables.forEach(request::variable);
		request.execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			if (field != null) {
				assertThat(errors.get(0).getExtensions()).containsEntry("field", field);
				assertThat(errors.get(0).getMessage()).contains(message);
			}
		});
	}

	/** The evil rule with the attribute and segment names replaced by defined ones (evil names are refused). */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> replaceNames(Map<String, Object> rule, String segmentId) {
		List<Object> or = ((List<Object>) rule.get("or")).stream().map(n -> {
			Map<String, Object> node = (Map<String, Object>) n;
			if (node.containsKey("attribute")) {
				Map<String, Object> c = (Map<String, Object>) node.get("attribute");
				return (Object) Map.of("attribute", Map.of("name", "nickname", "op", c.get("op"), "value", c.get("value")));
			}
			if (node.containsKey("segment")) {
				return Map.of("not", Map.of("segment", Map.of("id", segmentId)));
			}
			return node;
		}).toList();
		return Map.of("or", or);
	}

	private static Map<String, Long> withoutSegments(Map<String, Long> summary) {
		Predicate<String> ours = k -> k.contains("Segment") || k.contains("IN_SEGMENT") || k.contains("FOR_")
				|| k.contains("DEPENDS_ON") || k.contains("AttributeDefinition");
		return summary.entrySet().stream().filter(e -> !ours.test(e.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
