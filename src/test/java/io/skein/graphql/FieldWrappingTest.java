package io.skein.graphql;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrappers are applied once to the built schema, the first innermost (as graphql-java chains
 * {@code instrumentDataFetcher}); a field no wrapper needs keeps its own fetcher, and a wrapped property
 * read stays trivial.
 */
class FieldWrappingTest {

	/** Appends a mark to every {@code Person.name}, to show where it sits in the chain. */
	static FieldFetcherWrapper marking(String mark) {
		return (parent, field, fetcher) -> !"Person".equals(parent.getName()) || !"name".equals(field.getName()) ? fetcher
				: FieldFetcherWrapper.like(fetcher, e -> fetcher.get(e) + mark);
	}

	@Test
	void onlyTheFieldsThatNeedItAreWrappedInOrder() {
		GraphQLSchema schema = FieldWrapping.wrap(LeanInstrumentationTest.SCHEMA, List.of(marking("-a"), marking("-b")));

		ExecutionResult result = GraphQL.newGraphQL(schema).build().execute("{ people { name city } }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("people",
				List.of(Map.of("name", "Asha-a-b", "city", "Pune"), Map.of("name", "Ravi-a-b", "city", "Kochi"))));
		DataFetcher<?> name = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates("Person", "name"),
				schema.getObjectType("Person").getFieldDefinition("name"));
		DataFetcher<?> city = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates("Person", "city"),
				schema.getObjectType("Person").getFieldDefinition("city"));
		assertThat(name).isInstanceOf(FieldFetcherWrapper.Trivial.class);
		assertThat(city).as("a plain property read keeps graphql-java's own fetcher").isInstanceOf(LightDataFetcher.class);
	}

}
