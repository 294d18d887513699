package io.skein.customer;

import java.util.Set;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import org.junit.jupiter.api.Test;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

/** What a lean view part may leave out is decided by type and field, wherever and however it is selected. */
class SelectedCoordinatesTest {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { customer(id: ID!): Customer, named: [Named!]! }
			type Customer { profile: Profile!, segments: [Membership!]! }
			type Profile { firstName: Value }
			type Value { value: String!, rule: String! }
			type Membership { segment: Segment! }
			interface Named { name: String!, rule: String! }
			type Segment implements Named { name: String!, rule: String! }
			"""), RuntimeWiring.newRuntimeWiring()
		.type(TypeRuntimeWiring.newTypeWiring("Named").typeResolver(env -> null))
		.build());

	private static final Set<String> SEGMENT_RULE = Set.of("Segment.rule");

	@Test
	void theSameFieldNameOnAnotherTypeDoesNotCount() {
		assertThat(selected("{ customer(id: 1) { profile { firstName { value rule } } segments { segment { name } } } }")
			.mayInclude(SEGMENT_RULE)).isFalse();
	}

	@Test
	void aFieldCountsThroughFragmentsAndInterfaces() {
		assertThat(selected("{ customer(id: 1) { segments { segment { ...r } } } } fragment r on Segment { rule }")
			.mayInclude(SEGMENT_RULE)).isTrue();
		assertThat(selected("{ customer(id: 1) { segments { segment { ... on Segment { rule } } } } }")
			.mayInclude(SEGMENT_RULE)).isTrue();
		assertThat(selected("{ named { rule } }").mayInclude(SEGMENT_RULE)).as("on an interface Segment implements")
			.isTrue();
	}

	@Test
	void whatCannotBeFollowedMayIncludeAnything() {
		assertThat(selected("{ customer(id: 1) { segments { segment { ...missing } } } }").mayInclude(SEGMENT_RULE))
			.isTrue();
	}

	private static SelectedCoordinates selected(String query) {
		Document document = Parser.parse(query);
		DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.graphQLSchema(SCHEMA)
			.operationDefinition(document.getDefinitionsOfType(OperationDefinition.class).get(0))
			.fragmentsByName(document.getDefinitionsOfType(FragmentDefinition.class)
				.stream()
				.collect(toMap(FragmentDefinition::getName, f -> f)))
			.build();
		return SelectedCoordinates.of(env);
	}

}
