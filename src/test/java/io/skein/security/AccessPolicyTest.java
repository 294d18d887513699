package io.skein.security;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.support.SkeinTest;
import io.skein.support.TestCaller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy as a whole: every root field of the schema is mapped (an unmapped one would be denied to
 * everybody: map it in {@link AccessPolicy#defaults()}), unmapped root fields are denied, and in-process
 * callers are held to the same rules as HTTP ones.
 */
@SkeinTest
class AccessPolicyTest {

	@Autowired
	GraphQlSource source;

	@Autowired
	AccessPolicy policy;

	@Autowired
	GraphQlTester graphQl;

	@Test
	void everyRootFieldOfTheSchemaHasARole() {
		List<String> unmapped = new ArrayList<>();
		for (GraphQLObjectType root : List.of(this.source.schema().getQueryType(), this.source.schema().getMutationType())) {
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				if (!this.policy.isMapped(root.getName(), field.getName())) {
					unmapped.add(root.getName() + "." + field.getName());
				}
			}
		}
		assertThat(unmapped).as("root fields with no role in AccessPolicy (denied to everyone)").isEmpty();
	}

	/**
	 * Walks every path of the schema as each people role (finding 5 of issue 13): a type has a home, the
	 * weakest role of the queries that return it (a segment's is ANALYST: {@code Query.segment}); a
	 * caller who reaches a type outside its home through nested fields (a VIEWER through
	 * {@code Customer.segments { segment }}) may resolve only the fields the policy maps explicitly
	 * there, each either requiring the home role or deliberately open (a label such as a segment's name).
	 */
	@Test
	void nestedFieldsCannotReachAnotherCapabilitysDataWithoutARule() {
		GraphQLSchema schema = this.source.schema();
		Map<String, Role> home = new HashMap<>();
		for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
			FieldRule rule = this.policy.rule("Query", root.getName());
			if (rule == null || rule.required() == null) {
				continue;
			}
			GraphQLObjectType type = node(root.getType());
			if (type != null) {
				home.merge(type.getName(), rule.required(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
			}
		}
		assertThat(home).containsEntry("Segment", Role.ANALYST).containsEntry("Customer", Role.VIEWER);
		List<String> escapes = new ArrayList<>();
		for (Role role : List.of(Role.VIEWER, Role.ANALYST, Role.STEWARD)) {
			Set<String> visited = new HashSet<>();
			Deque<GraphQLObjectType> todo = new ArrayDeque<>();
			for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
				FieldRule rule = this.policy.rule("Query", root.getName());
				if (rule != null && rule.required() != null && role.effective().contains(rule.required())) {
					GraphQLObjectType type = object(root.getType());
					if (type != null && visited.add(type.getName())) {
						todo.add(type);
					}
				}
			}
			while (!todo.isEmpty()) {
				GraphQLObjectType type = todo.poll();
				Role typeHome = home.get(type.getName());
				boolean foreign = typeHome != null && !role.effective().contains(typeHome);
				for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
					FieldRule rule = this.policy.rule(type.getName(), field.getName());
					if (foreign && (rule == null || rule.required() == null)) {
						escapes.add(role + " reaches " + type.getName() + "." + field.getName() + " (home role " + typeHome + ")");
					}
					if (rule != null && (rule.isDeny() || rule.required() != null && !role.effective().contains(rule.required()))) {
						continue;
					}
					GraphQLObjectType next = object(field.getType());
					if (next != null && visited.add(next.getName())) {
						todo.add(next);
					}
				}
			}
		}
		assertThat(escapes).as("fields reached below their home role with no rule in AccessPolicy").isEmpty();
	}

	private static GraphQLObjectType object(GraphQLType type) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		return unwrapped instanceof GraphQLObjectType object ? object : null;
	}

	/** The object a root field returns, through a connection's edges to their nodes. */
	private static GraphQLObjectType node(GraphQLType type) {
		GraphQLObjectType object = object(type);
		if (object != null && object.getName().endsWith("Connection") && object.getFieldDefinition("edges") != null) {
			GraphQLObjectType edge = object(object.getFieldDefinition("edges").getType());
			return edge == null || edge.getFieldDefinition("node") == null ? object : object(edge.getFieldDefinition("node").getType());
		}
		return object;
	}

	@Test
	void anUnmappedRootFieldIsDeniedAndOtherTypesDefaultToTheirParent() {
		assertThat(this.policy.rule("Mutation", "someFutureMutation").isDeny()).isTrue();
		assertThat(this.policy.rule("Query", "someFutureQuery").isDeny()).isTrue();
		assertThat(this.policy.rule("Customer", "id")).isNull();
		assertThat(new AccessPolicy(Map.of("Query.customers", "DENY")).rule("Query", "customers").isDeny()).isTrue();
		assertThat(new AccessPolicy(Map.of("Query.customers", "ANALYST")).rule("Query", "customers").required())
			.isEqualTo(Role.ANALYST);
	}

	@Test
	void inProcessCallersAreCheckedToo() {
		TestCaller.runAs(Role.VIEWER);
		this.graphQl.document("mutation { createApiKey(name: \"x\", role: ADMIN) { key } }").execute().errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN"));
		TestCaller.runAs();
		this.graphQl.document("{ customers { totalCount } }").execute().errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
	}

}
