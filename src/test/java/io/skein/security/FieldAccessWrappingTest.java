package io.skein.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.skein.graphql.FieldWrapping;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access policy is applied to the schema's fetchers once: only fields with a rule or text get a
 * guard; a caller is served the schema of its roles, where the guarded fields it sees as fetched read
 * through their own fetcher; everyone else gets the guard: denied, masked or as fetched.
 */
class FieldAccessWrappingTest {

	static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { customer: Customer }
			type Customer { id: ID! identifiers: [Identifier!]! }
			type Identifier { type: String! value: String! guarded: Int! }
			"""), RuntimeWiring.newRuntimeWiring()
		.type("Query", t -> t.dataFetcher("customer", e -> Map.of("id", "c1", "identifiers",
				List.of(Map.of("type", "EMAIL", "value", "asha@example.in", "guarded", 1)))))
		.build());

	final FieldAccessInstrumentation access = new FieldAccessInstrumentation(new AccessPolicy(Map.of()));

	final GraphQLSchema schema = FieldWrapping.wrap(SCHEMA, List.of(this.access));

	@Test
	void onlyFieldsWithARuleOrTextAreGuarded() {
		assertThat(fetcher("Identifier", "value")).isInstanceOf(GuardedFetcher.class).isInstanceOf(TrivialDataFetcher.class);
		assertThat(fetcher("Identifier", "type")).as("text, masked by look").isInstanceOf(GuardedFetcher.class);
		assertThat(fetcher("Query", "customer")).isInstanceOf(GuardedFetcher.class).isNotInstanceOf(TrivialDataFetcher.class);
		assertThat(fetcher("Identifier", "guarded")).isInstanceOf(LightDataFetcher.class);
		assertThat(fetcher("Customer", "id")).isInstanceOf(LightDataFetcher.class);
	}

	@Test
	void eachCallerGetsWhatThePolicySays() {
		assertThat(run(caller(Role.ADMIN)).getErrors()).isEmpty();
		assertThat(value(run(caller(Role.ADMIN)))).isEqualTo("asha@example.in");
		assertThat(value(run(caller(Role.STEWARD)))).isEqualTo("asha@example.in");
		assertThat(value(run(caller(Role.VIEWER)))).isEqualTo("a***@example.in");
		ExecutionResult anonymous = run(Caller.NOBODY);
		assertThat(anonymous.<Map<String, Object>>getData()).containsEntry("customer", null);
		assertThat(anonymous.getErrors().get(0).getMessage()).isEqualTo("Unauthorized: Query.customer needs credentials");
	}

	@Test
	void aCallerIsServedTheSchemaOfItsRoles() {
		GuardedFetcher value = (GuardedFetcher) fetcher(this.schema, "Identifier", "value");

		GraphQLSchema steward = served(caller(Role.STEWARD));
		assertThat(fetcher(steward, "Identifier", "value")).as("seen as fetched: its own fetcher")
			.isSameAs(value.delegate)
			.isInstanceOf(LightDataFetcher.class);
		assertThat(fetcher(steward, "Query", "customer")).isNotInstanceOf(GuardedFetcher.class);
		assertThat(served(caller(Role.ADMIN, Role.INGEST))).isNotSameAs(steward);
		assertThat(served(caller(Role.STEWARD))).as("once per set of roles").isSameAs(steward);
		GraphQLSchema viewer = served(caller(Role.VIEWER));
		assertThat(fetcher(viewer, "Identifier", "value")).isSameAs(value);
		assertThat(fetcher(viewer, "Identifier", "type")).as("text, masked by look below STEWARD").isInstanceOf(GuardedFetcher.class);
		assertThat(fetcher(viewer, "Query", "customer")).as("allowed, not text").isNotInstanceOf(GuardedFetcher.class);
		assertThat(fetcher(served(Caller.NOBODY), "Query", "customer")).isInstanceOf(GuardedFetcher.class);
		assertThat(this.access.instrumentSchema(this.schema, null, null)).as("no caller known: guarded").isSameAs(this.schema);
	}

	private GraphQLSchema served(Caller caller) {
		InstrumentationState state = this.access.createState(new InstrumentationCreateStateParameters(this.schema,
				ExecutionInput.newExecutionInput("{ __typename }").graphQLContext(Map.of(Caller.CONTEXT_KEY, caller)).build()));
		return this.access.instrumentSchema(this.schema, null, state);
	}

	private DataFetcher<?> fetcher(String type, String field) {
		return fetcher(this.schema, type, field);
	}

	private static DataFetcher<?> fetcher(GraphQLSchema schema, String type, String field) {
		return schema.getCodeRegistry()
			.getDataFetcher(FieldCoordinates.coordinates(type, field), schema.getObjectType(type).getFieldDefinition(field));
	}

	private static Caller caller(Role... roles) {
		return Caller.of("someone", "api-key", Set.of(roles), "127.0.0.1");
	}

	private ExecutionResult run(Caller caller) {
		return GraphQL.newGraphQL(this.schema)
			.instrumentation(this.access)
			.build()
			.execute(ExecutionInput.newExecutionInput("{ customer { id identifiers { type value guarded } } }")
				.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller)));
	}

	@SuppressWarnings("unchecked")
	private static Object value(ExecutionResult result) {
		Map<String, Object> customer = (Map<String, Object>) result.<Map<String, Object>>getData().get("customer");
		return ((List<Map<String, Object>>) customer.get("identifiers")).get(0).get("value");
	}

}
