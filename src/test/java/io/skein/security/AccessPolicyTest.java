package io.skein.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
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
