package io.skein.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean chain skips per-field hooks only when no instrumentation implements them: a hook that one does
 * implement still runs for every field, and data fetchers are instrumented (access, masks, limits) as by
 * graphql-java's own chain.
 */
class LeanInstrumentationTest {

	static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { people: [Person!]! } type Person { name: String! city: String! }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", t -> t.dataFetcher("people", e -> List.of(Map.of("name", "Asha", "city", "Pune"),
						Map.of("name", "Ravi", "city", "Kochi"))))
				.build());

	/** Upper-cases every String a fetcher returns, as the masks wrap fetchers. */
	static final class Shouting extends SimplePerformantInstrumentation {

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return e -> fetcher.get(e) instanceof String s ? s.toUpperCase(java.util.Locale.ROOT) : fetcher.get(e);
		}

	}

	/** Counts field executions. */
	static final class Counting extends SimplePerformantInstrumentation {

		final AtomicInteger fields = new AtomicInteger();

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			this.fields.incrementAndGet();
			return SimpleInstrumentationContext.noOp();
		}

	}

	@Test
	void fetchersAreInstrumentedAndPerFieldHooksRunWhenImplemented() {
		Counting counting = new Counting();
		ExecutionResult result = run(new LeanInstrumentation(List.of(new Shouting(), counting)));

		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("people",
				List.of(Map.of("name", "ASHA", "city", "PUNE"), Map.of("name", "RAVI", "city", "KOCHI"))));
		assertThat(counting.fields).as("people, then name and city of two people").hasValue(5);
	}

	@Test
	void onlyInstrumentationsThatImplementAHookCount() {
		List<Instrumentation> plain = List.of(new Shouting(), SimplePerformantInstrumentation.INSTANCE);
		assertThat(LeanInstrumentation.anyImplements(plain, "beginFieldExecution", InstrumentationFieldParameters.class))
			.isFalse();
		assertThat(LeanInstrumentation.anyImplements(List.of(new Shouting(), new Counting()), "beginFieldExecution",
				InstrumentationFieldParameters.class))
			.isTrue();
		assertThat(run(new LeanInstrumentation(plain)).<Map<String, Object>>getData()).isEqualTo(Map.of("people",
				List.of(Map.of("name", "ASHA", "city", "PUNE"), Map.of("name", "RAVI", "city", "KOCHI"))));
	}

	private static ExecutionResult run(Instrumentation instrumentation) {
		return GraphQL.newGraphQL(SCHEMA).instrumentation(instrumentation).build().execute("{ people { name city } }");
	}

}
